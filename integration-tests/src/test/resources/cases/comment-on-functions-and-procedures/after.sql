CREATE FUNCTION area(r float8) RETURNS float8 LANGUAGE sql IMMUTABLE AS $$ SELECT pi() * r ^ 2 $$;
CREATE FUNCTION area(w float8, h float8) RETURNS float8 LANGUAGE sql IMMUTABLE AS $$ SELECT w * h $$;
CREATE PROCEDURE tidy() LANGUAGE sql AS $$ SELECT 1 $$;
COMMENT ON FUNCTION area(float8) IS 'area of a circle';
COMMENT ON FUNCTION area(float8, float8) IS 'area of a rectangle';
CREATE FUNCTION "Weird ""Fn"""(a int) RETURNS bigint LANGUAGE sql AS $$ SELECT a::bigint $$;
COMMENT ON FUNCTION "Weird ""Fn"""(int) IS 'widened';
