-- Tests: schema and sequence privileges with includePrivileges: USAGE/CREATE on schemas (new, mixed-case, public with its default USAGE for PUBLIC revoked), USAGE/SELECT/UPDATE on standalone and serial sequences
-- Options: includePrivileges
REVOKE USAGE ON SCHEMA public FROM PUBLIC;
CREATE SCHEMA app;
GRANT USAGE ON SCHEMA app TO dovetail_priv_reader, dovetail_priv_writer;
CREATE SCHEMA "Reporting Zone";
GRANT USAGE ON SCHEMA "Reporting Zone" TO "Dovetail Priv ""Mixed""" WITH GRANT OPTION;
CREATE SEQUENCE app.invoice_no;
GRANT USAGE, SELECT, UPDATE ON SEQUENCE app.invoice_no TO dovetail_priv_writer;
GRANT SELECT ON SEQUENCE app.invoice_no TO dovetail_priv_reader;
CREATE TABLE app.items (id serial PRIMARY KEY);
GRANT USAGE ON SEQUENCE app.items_id_seq TO dovetail_priv_writer;
CREATE SEQUENCE "Reporting Zone"."Report No";
GRANT USAGE ON SEQUENCE "Reporting Zone"."Report No" TO PUBLIC;
