-- Tests: a new function used by a new table's default and check: the function comes first, goes last
CREATE SCHEMA "Sales";
CREATE FUNCTION "Sales"."Valid Code"("the code" text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT "the code" ~ '^[A-Z]+$' $$;
CREATE FUNCTION "Sales".next_code() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT 'ABC' $$;
CREATE TABLE audit (id bigint PRIMARY KEY);
CREATE TABLE "Sales".codes (id bigint PRIMARY KEY, code text DEFAULT "Sales".next_code() CHECK ("Sales"."Valid Code"(code)));
