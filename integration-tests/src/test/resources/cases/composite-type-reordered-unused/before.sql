-- Tests: an unused composite type reorders its attributes, so it is dropped and created again
CREATE TYPE pair AS (a int, b text);
CREATE FUNCTION make_pair() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
