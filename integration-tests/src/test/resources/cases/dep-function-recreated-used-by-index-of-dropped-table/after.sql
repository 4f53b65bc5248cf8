CREATE FUNCTION "Score"(n bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT abs($1 % 7)::bigint $$;
