CREATE TYPE pair AS (b text, a int);
CREATE FUNCTION make_pair() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
