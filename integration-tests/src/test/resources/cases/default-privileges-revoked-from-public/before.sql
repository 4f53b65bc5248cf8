-- Tests: default privileges revoked from PUBLIC (the hardening pg_dump shows as ALTER DEFAULT PRIVILEGES … REVOKE) with includePrivileges: EXECUTE on new functions and procedures and USAGE on new types revoked from PUBLIC, EXECUTE granted to a role instead; a function made before keeps PUBLIC's EXECUTE; a revoke taken back
-- Options: includePrivileges
ALTER DEFAULT PRIVILEGES REVOKE USAGE ON TYPES FROM PUBLIC;
CREATE FUNCTION add_tax(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT amount * 1.2 $$;
