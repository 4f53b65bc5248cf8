CREATE TABLE prices (id bigint PRIMARY KEY, cents int NOT NULL);
CREATE FUNCTION euros(c int) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT c::bigint / 100 $$;
CREATE VIEW price_list AS SELECT id, euros(cents) AS euros FROM prices;
