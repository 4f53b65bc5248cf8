CREATE TABLE accounts (id bigint PRIMARY KEY);
-- declared before the defaults: none of their privileges
CREATE SCHEMA audit;
CREATE TABLE audit.entries (id bigint PRIMARY KEY, account_id bigint);
CREATE TABLE ledger (id bigint PRIMARY KEY, account_id bigint);
CREATE SEQUENCE ledger_no;
CREATE VIEW ledger_ids AS SELECT id FROM ledger;
CREATE FUNCTION ledger_count() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM ledger $$;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO dovetail_priv_reader;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SEQUENCES TO dovetail_priv_writer;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO dovetail_priv_reader;
-- declared after them: their privileges, with no grant needed
CREATE SCHEMA reports;
CREATE TABLE payments (id bigserial PRIMARY KEY, account_id bigint);
CREATE VIEW payment_ids AS SELECT id FROM payments;
CREATE FUNCTION payment_count() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM payments $$;
CREATE TABLE reports.daily (day date PRIMARY KEY);
