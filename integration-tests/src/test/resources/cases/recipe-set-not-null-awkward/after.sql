CREATE TABLE "Table" ("Column" text NOT NULL, other int);
