-- Tests: a hinted rename of a label with a quote, in a quoted type and schema, while another label is added
CREATE SCHEMA "Sales";
CREATE TYPE "Sales"."Mood ""X""" AS ENUM ('it''s ok', 'bad');
CREATE TABLE "Sales".notes (id bigint PRIMARY KEY, m "Sales"."Mood ""X""");
