-- Tests: default privileges FOR ROLE other roles than the one that runs the migrations, with includePrivileges: in a schema the role owns, globally, for an awkwardly named role; changed, added and removed next to objects owned by those roles
-- Options: includePrivileges
CREATE SCHEMA app AUTHORIZATION dovetail_priv_owner;
ALTER DEFAULT PRIVILEGES FOR ROLE dovetail_priv_owner IN SCHEMA app GRANT SELECT ON TABLES TO dovetail_priv_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE "Dovetail Priv ""Mixed""" GRANT USAGE ON SEQUENCES TO dovetail_priv_reader;
CREATE TABLE app.accounts (id bigint PRIMARY KEY);
ALTER TABLE app.accounts OWNER TO dovetail_priv_owner;
