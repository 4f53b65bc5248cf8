CREATE TYPE money_amount AS (cents bigint, currency char(3));
CREATE FUNCTION fmt(m money_amount) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT m.cents || ' ' || m.currency $$;
