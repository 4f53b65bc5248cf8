CREATE TABLE "user" (
    id integer PRIMARY KEY,
    "name" text NOT NULL,
    "select" boolean NOT NULL DEFAULT false
);

CREATE TABLE "group" (
    id integer PRIMARY KEY,
    "order" integer NOT NULL,
    "table" text
);

CREATE TABLE "order" (
    id integer PRIMARY KEY,
    "user" integer NOT NULL,
    "from" date,
    "to" date
);
