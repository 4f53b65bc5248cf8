-- Tests: owners with awkward role names (mixed case, a space, a double quote) on objects with awkward names, and a function whose arguments name a type of an awkward schema
DO $$ BEGIN CREATE ROLE dovetail_owner_a; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE dovetail_owner_b; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE "Dovetail Owner ""Odd"""; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SCHEMA "Odd Schema";
CREATE TYPE "Odd Schema"."Kind ""X""" AS ENUM ('a');
CREATE TABLE "Odd Schema"."Order Lines" ("Line No" integer PRIMARY KEY);
ALTER TABLE "Odd Schema"."Order Lines" OWNER TO dovetail_owner_a;
