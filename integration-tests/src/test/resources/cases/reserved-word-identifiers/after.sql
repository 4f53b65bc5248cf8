-- Tests: reserved words as table/column/constraint/index names: add FK "order"."user" -> "user", create table "select" with FK to "group".
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
    "user" integer NOT NULL REFERENCES "user" (id),
    "from" date,
    "to" date
);

CREATE TABLE "select" (
    "where" integer PRIMARY KEY,
    "group" integer REFERENCES "group" (id) ON DELETE CASCADE,
    "limit" integer NOT NULL DEFAULT 10,
    CONSTRAINT "check" CHECK ("limit" > 0)
);
CREATE INDEX "index" ON "select" ("group", "limit" DESC);
