-- Tests: default privileges (ALTER DEFAULT PRIVILEGES) with includePrivileges: a schema's grant widened, a global grant removed, new grants on tables, functions, types and schemas in a new awkwardly named schema and globally, WITH GRANT OPTION; a table created after the defaults has their privileges, one created before has none
-- Options: includePrivileges
CREATE SCHEMA app;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO dovetail_priv_reader;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SEQUENCES TO dovetail_priv_writer;
CREATE TABLE app.orders (id bigint PRIMARY KEY, total numeric);
