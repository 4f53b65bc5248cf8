-- Tests: create a Unicode-named schema "données" with Unicode tables, columns, default-named constraints and an FK between them.
CREATE TABLE public.base (
    id integer PRIMARY KEY
);

CREATE SCHEMA "données";

CREATE TABLE "données"."数据表" (
    "编号" integer PRIMARY KEY,
    "名称" text NOT NULL UNIQUE
);

CREATE TABLE "données"."café" (
    id integer PRIMARY KEY,
    "数据表_编号" integer REFERENCES "données"."数据表" ("编号"),
    "Größe" smallint CHECK ("Größe" BETWEEN 1 AND 5),
    "crème brûlée" boolean NOT NULL DEFAULT false
);
CREATE INDEX ON "données"."café" ("Größe");
