-- Tests: a function whose result type changes is dropped and created with the view calling it rebuilt around it
CREATE TABLE prices (id bigint PRIMARY KEY, cents int NOT NULL);
CREATE FUNCTION euros(c int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT c / 100 $$;
CREATE VIEW price_list AS SELECT id, euros(cents) AS euros FROM prices;
