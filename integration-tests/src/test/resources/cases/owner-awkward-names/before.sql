-- Tests: owners with awkward role names (mixed case, a space, a double quote) on objects with awkward names, and a function whose arguments name a type of an awkward schema
CREATE SCHEMA "Odd Schema";
CREATE TYPE "Odd Schema"."Kind ""X""" AS ENUM ('a');
CREATE TABLE "Odd Schema"."Order Lines" ("Line No" integer PRIMARY KEY);
ALTER TABLE "Odd Schema"."Order Lines" OWNER TO dovetail_owner_a;
