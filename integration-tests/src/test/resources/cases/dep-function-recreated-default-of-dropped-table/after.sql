-- Tests: a function is dropped and created (result type and argument name change) while the table whose default calls it is dropped
CREATE FUNCTION "Score"("the n" bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT abs($1 % 7)::bigint $$;
