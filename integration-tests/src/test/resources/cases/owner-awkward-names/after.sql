CREATE SCHEMA "Odd Schema" AUTHORIZATION "Dovetail Owner ""Odd""";
CREATE TYPE "Odd Schema"."Kind ""X""" AS ENUM ('a');
ALTER TYPE "Odd Schema"."Kind ""X""" OWNER TO "Dovetail Owner ""Odd""";
CREATE TABLE "Odd Schema"."Order Lines" ("Line No" integer PRIMARY KEY);
ALTER TABLE "Odd Schema"."Order Lines" OWNER TO "Dovetail Owner ""Odd""";
CREATE FUNCTION "Odd Schema"."Describe"(k "Odd Schema"."Kind ""X""", "select" text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT k::text || "select"';
ALTER FUNCTION "Odd Schema"."Describe"("Odd Schema"."Kind ""X""", text) OWNER TO "Dovetail Owner ""Odd""";
