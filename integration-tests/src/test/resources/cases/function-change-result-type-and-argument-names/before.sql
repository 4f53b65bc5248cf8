CREATE FUNCTION label(id integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'item ' || id $$;
CREATE FUNCTION scale(v numeric, f numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT v * f';
