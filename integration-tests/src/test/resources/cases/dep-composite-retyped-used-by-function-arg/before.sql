-- Tests: a composite type gets a retyped attribute while a function takes it as argument
CREATE TYPE money_amount AS (cents int, currency char(3));
CREATE FUNCTION fmt(m money_amount) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT m.cents || ' ' || m.currency $$;
