-- Tests: a composite type's attributes are reordered while a function returns it
CREATE TYPE pair AS (a int, b text);
CREATE FUNCTION make_pair(x int) RETURNS pair LANGUAGE sql IMMUTABLE AS $$ SELECT ROW(x, x::text)::pair $$;
