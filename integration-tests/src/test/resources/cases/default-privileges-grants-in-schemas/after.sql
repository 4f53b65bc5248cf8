CREATE SCHEMA app;
CREATE SCHEMA "Reporting Zone";
-- created before the defaults below: no privileges for the reader any more, and none for the new table and view
CREATE TABLE app.orders (id bigint PRIMARY KEY, total numeric);
CREATE TABLE app.archive (id bigint PRIMARY KEY);
CREATE VIEW app.order_totals AS SELECT id, total FROM app.orders;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT, INSERT ON TABLES TO dovetail_priv_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA "Reporting Zone" GRANT EXECUTE ON FUNCTIONS TO "Dovetail Priv ""Mixed""" WITH GRANT OPTION;
ALTER DEFAULT PRIVILEGES IN SCHEMA "Reporting Zone" GRANT SELECT ON TABLES TO "Dovetail Priv ""Mixed""";
ALTER DEFAULT PRIVILEGES GRANT USAGE ON TYPES TO dovetail_priv_reader;
ALTER DEFAULT PRIVILEGES GRANT CREATE ON SCHEMAS TO dovetail_priv_writer;
-- created after them: SELECT and INSERT for the reader
CREATE TABLE app.invoices (id bigint PRIMARY KEY, order_id bigint);
CREATE FUNCTION "Reporting Zone".invoice_count() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM app.invoices $$;
