-- Tests: the options real schemas set on tables, columns, indexes, constraints, sequences, functions, views and triggers (storage, compression, statistics, fillfactor, autovacuum, NULLS NOT DISTINCT, deferrable keys, MATCH FULL, SECURITY DEFINER with SET, COST/ROWS/PARALLEL, security_barrier and check option, disabled and replica triggers, CLUSTER ON), kept, added and changed; judged against the files as they are
CREATE SCHEMA app;
CREATE SEQUENCE app.ticket_no AS integer START 1000 INCREMENT 5 MINVALUE 1000 MAXVALUE 999999 CACHE 10 CYCLE;
CREATE TABLE app.accounts (
  id bigint GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 10 CACHE 5) PRIMARY KEY,
  email text NOT NULL,
  profile jsonb,
  notes text,
  region char(2) NOT NULL DEFAULT 'eu'
) WITH (fillfactor = 90, autovacuum_vacuum_scale_factor = 0.05);
ALTER TABLE app.accounts ALTER COLUMN notes SET STORAGE EXTERNAL;
ALTER TABLE app.accounts ALTER COLUMN profile SET COMPRESSION pglz;
ALTER TABLE app.accounts ALTER COLUMN email SET STATISTICS 500;
ALTER TABLE app.accounts ALTER COLUMN region SET (n_distinct = 12);
CREATE UNIQUE INDEX accounts_email_key ON app.accounts (lower(email)) WITH (fillfactor = 80);
CREATE TABLE app.tickets (
  no integer NOT NULL DEFAULT nextval('app.ticket_no'),
  account_id bigint,
  code text,
  opened timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT tickets_pkey PRIMARY KEY (no) DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT tickets_account_fk FOREIGN KEY (account_id) REFERENCES app.accounts (id) MATCH FULL ON DELETE SET NULL,
  CONSTRAINT tickets_code_key UNIQUE NULLS NOT DISTINCT (code)
);
ALTER SEQUENCE app.ticket_no OWNED BY app.tickets.no;
CREATE INDEX tickets_opened_idx ON app.tickets (opened DESC NULLS LAST) INCLUDE (code) WHERE code IS NOT NULL;
CREATE INDEX tickets_account_idx ON app.tickets (account_id);
ALTER TABLE app.tickets CLUSTER ON tickets_account_idx;
CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = app, pg_temp AS $$
BEGIN
  NEW.opened := now();
  RETURN NEW;
END
$$;
CREATE TRIGGER tickets_touch BEFORE UPDATE ON app.tickets FOR EACH ROW WHEN (OLD.code IS DISTINCT FROM NEW.code) EXECUTE FUNCTION app.touch();
ALTER TABLE app.tickets DISABLE TRIGGER tickets_touch;
CREATE FUNCTION app.score(a integer, b integer DEFAULT 1) RETURNS integer LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 5 RETURN a * b;
CREATE FUNCTION app.open_tickets(since timestamptz) RETURNS SETOF app.tickets LANGUAGE sql STABLE ROWS 50 AS 'SELECT * FROM app.tickets WHERE opened >= since';
CREATE VIEW app.eu_accounts WITH (security_barrier = true) AS SELECT id, email, region FROM app.accounts WHERE region = 'eu' WITH LOCAL CHECK OPTION;
CREATE UNLOGGED TABLE app.scratchpad (k text PRIMARY KEY, v text) WITH (autovacuum_enabled = false);
