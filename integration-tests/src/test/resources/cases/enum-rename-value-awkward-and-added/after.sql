CREATE SCHEMA "Sales";
   --   migrations:rename value "Sales"."Mood ""X""" 'it''s ok' to 'it is fine'
CREATE TYPE "Sales"."Mood ""X""" AS ENUM ('great', 'it is fine', 'bad');
CREATE TABLE "Sales".notes (id bigint PRIMARY KEY, m "Sales"."Mood ""X""");
