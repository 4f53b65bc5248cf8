CREATE FUNCTION "Score"(n bigint) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT abs($1 % 7)::integer $$;
CREATE TABLE orders (id bigint DEFAULT "Score"(0) PRIMARY KEY, amount integer);
