-- Tests: function and procedure privileges with includePrivileges: EXECUTE revoked from PUBLIC (a default) and granted to roles, overloads, a procedure, a function recreated for a new result type keeps its grants, a dropped function
-- Options: includePrivileges
CREATE FUNCTION add_tax(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT amount * 1.2 $$;
CREATE FUNCTION add_tax(amount integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT amount * 2 $$;
CREATE FUNCTION score(v text) RETURNS integer LANGUAGE sql AS $$ SELECT length(v) $$;
REVOKE EXECUTE ON FUNCTION score(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION score(text) TO dovetail_priv_reader;
CREATE FUNCTION old_helper() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
REVOKE ALL ON FUNCTION old_helper() FROM PUBLIC;
CREATE PROCEDURE "Reset Stats"() LANGUAGE sql AS $$ SELECT 1 $$;
