-- Tests: schema and sequence privileges with includePrivileges: USAGE/CREATE on schemas (new, mixed-case, public with its default USAGE for PUBLIC revoked), USAGE/SELECT/UPDATE on standalone and serial sequences
-- Options: includePrivileges
CREATE SCHEMA app;
GRANT USAGE ON SCHEMA app TO dovetail_priv_reader;
GRANT USAGE, CREATE ON SCHEMA app TO dovetail_priv_writer;
CREATE SEQUENCE app.invoice_no;
GRANT USAGE ON SEQUENCE app.invoice_no TO dovetail_priv_writer;
CREATE TABLE app.items (id serial PRIMARY KEY);
