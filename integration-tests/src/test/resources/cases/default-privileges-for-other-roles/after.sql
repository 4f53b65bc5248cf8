CREATE SCHEMA app AUTHORIZATION dovetail_priv_owner;
ALTER DEFAULT PRIVILEGES FOR ROLE dovetail_priv_owner IN SCHEMA app GRANT SELECT, UPDATE ON TABLES TO dovetail_priv_reader;
ALTER DEFAULT PRIVILEGES FOR USER dovetail_priv_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE dovetail_priv_owner, "Dovetail Priv ""Mixed""" IN SCHEMA app GRANT USAGE ON TYPES TO dovetail_priv_writer WITH GRANT OPTION;
CREATE TABLE app.accounts (id bigint PRIMARY KEY);
ALTER TABLE app.accounts OWNER TO dovetail_priv_owner;
CREATE TABLE app.ledger (id bigint PRIMARY KEY);
ALTER TABLE app.ledger OWNER TO dovetail_priv_owner;
