-- Tests: a changed result type and changed argument names cannot be replaced in place: drop and create
CREATE FUNCTION label(id integer) RETURNS varchar LANGUAGE sql IMMUTABLE AS $$ SELECT 'item ' || id $$;
CREATE FUNCTION scale(value numeric, factor numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT value * factor';
