-- Tests: comments on overloaded functions and a procedure change; a replaced function keeps or changes its comment
CREATE FUNCTION area(r float8) RETURNS float8 LANGUAGE sql IMMUTABLE AS $$ SELECT pi() * r * r $$;
CREATE FUNCTION area(w float8, h float8) RETURNS float8 LANGUAGE sql IMMUTABLE AS $$ SELECT w * h $$;
CREATE PROCEDURE tidy() LANGUAGE sql AS $$ SELECT 1 $$;
COMMENT ON FUNCTION area(float8) IS 'circle';
COMMENT ON PROCEDURE tidy() IS 'housekeeping';
CREATE FUNCTION "Weird ""Fn"""(a int) RETURNS int LANGUAGE sql AS $$ SELECT a $$;
