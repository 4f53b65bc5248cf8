CREATE TABLE "t$dovetail$x" (id bigint PRIMARY KEY, v bigint, note text NOT NULL DEFAULT 'n/a', "c$dovetail$" integer NOT NULL DEFAULT 0);
