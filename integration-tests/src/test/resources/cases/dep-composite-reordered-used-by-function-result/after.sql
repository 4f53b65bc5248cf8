CREATE TYPE pair AS (b text, a int);
CREATE FUNCTION make_pair(x int) RETURNS pair LANGUAGE sql IMMUTABLE AS $$ SELECT ROW(x::text, x)::pair $$;
