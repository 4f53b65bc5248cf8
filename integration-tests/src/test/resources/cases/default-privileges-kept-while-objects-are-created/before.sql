-- Tests: default privileges that stay while the run creates objects, with includePrivileges: PostgreSQL gives each new table, view, sequence, function and schema the defaults' privileges; objects declared before the defaults (as pg_dump writes them: objects first, ALTER DEFAULT PRIVILEGES last) do not have them and must lose them, objects declared after have them without a grant
-- Options: includePrivileges
CREATE TABLE accounts (id bigint PRIMARY KEY);
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO dovetail_priv_reader;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SEQUENCES TO dovetail_priv_writer;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO dovetail_priv_reader;
