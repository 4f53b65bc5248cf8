-- Tests: schema and sequence privileges with includePrivileges: USAGE/CREATE on schemas (new, mixed-case, public with its default USAGE for PUBLIC revoked), USAGE/SELECT/UPDATE on standalone and serial sequences
-- Options: includePrivileges
DO $$ BEGIN CREATE ROLE dovetail_priv_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE dovetail_priv_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE "Dovetail Priv ""Mixed"""; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SCHEMA app;
GRANT USAGE ON SCHEMA app TO dovetail_priv_reader;
GRANT USAGE, CREATE ON SCHEMA app TO dovetail_priv_writer;
CREATE SEQUENCE app.invoice_no;
GRANT USAGE ON SEQUENCE app.invoice_no TO dovetail_priv_writer;
CREATE TABLE app.items (id serial PRIMARY KEY);
