CREATE SCHEMA lib;
COMMENT ON SCHEMA lib IS 'shared library';
CREATE COLLATION lib.ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE DOMAIN lib.email AS text COLLATE lib.ci CONSTRAINT email_at CHECK (VALUE LIKE '%@%') CONSTRAINT email_len CHECK (length(VALUE) < 320);
COMMENT ON DOMAIN lib.email IS 'an e-mail address';
CREATE DOMAIN lib.positive AS numeric(12,2) DEFAULT 1 CHECK (VALUE >= 0);
CREATE TYPE lib.money_pair AS (amount numeric(12,2), currency char(3) COLLATE "C");
COMMENT ON TYPE lib.money_pair IS 'amount and currency';
CREATE TYPE lib.floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TYPE lib.level AS ENUM ('low', 'mid', 'high');
CREATE TABLE lib.people (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email lib.email NOT NULL,
  balance lib.positive,
  level lib.level NOT NULL DEFAULT 'low',
  span lib.floatrange,
  name_upper text GENERATED ALWAYS AS (upper(email::text)) STORED,
  wallet lib.money_pair,
  CONSTRAINT people_span_excl EXCLUDE USING gist (span WITH &&) WHERE (level <> 'low')
);
COMMENT ON COLUMN lib.people.email IS 'login';
COMMENT ON CONSTRAINT people_span_excl ON lib.people IS 'no overlap';
CREATE TABLE lib.audit (at timestamptz NOT NULL DEFAULT now(), who integer, what text);
CREATE STATISTICS lib.people_stats (ndistinct, dependencies, mcv) ON level, balance FROM lib.people;
ALTER STATISTICS lib.people_stats SET STATISTICS 50;
CREATE FUNCTION lib.balance_of(p_id integer, OUT total numeric, OUT n integer) LANGUAGE sql STABLE AS 'SELECT sum(balance), count(*)::integer FROM lib.people WHERE id = p_id';
CREATE FUNCTION lib.sum_all(VARIADIC nums numeric[]) RETURNS numeric LANGUAGE sql IMMUTABLE PARALLEL SAFE AS 'SELECT sum(x) FROM unnest(nums) x';
CREATE FUNCTION lib.by_level(l lib.level) RETURNS TABLE (id integer, email lib.email) LANGUAGE sql STABLE ROWS 200 AS 'SELECT id, email FROM lib.people WHERE level = l';
CREATE FUNCTION lib.log_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO lib.audit (who, what) SELECT count(*), TG_OP FROM changed;
  RETURN NULL;
END
$$;
CREATE TRIGGER people_log AFTER UPDATE ON lib.people REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION lib.log_change();
COMMENT ON TRIGGER people_log ON lib.people IS 'statement audit';
CREATE FUNCTION lib.check_level() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE CONSTRAINT TRIGGER people_level_check AFTER INSERT OR UPDATE ON lib.people DEFERRABLE INITIALLY IMMEDIATE FOR EACH ROW EXECUTE FUNCTION lib.check_level();
CREATE PROCEDURE lib.reset_balance(p_id integer) LANGUAGE sql AS 'UPDATE lib.people SET balance = 0 WHERE id = p_id';
COMMENT ON PROCEDURE lib.reset_balance(integer) IS 'zero it';
CREATE AGGREGATE lib.product(numeric) (SFUNC = numeric_mul, STYPE = numeric, INITCOND = '1', PARALLEL = SAFE);
CREATE MATERIALIZED VIEW lib.level_counts WITH (fillfactor = 70, autovacuum_enabled = false) AS SELECT level, count(*) AS n FROM lib.people GROUP BY level;
CREATE UNIQUE INDEX level_counts_level ON lib.level_counts (level);
COMMENT ON MATERIALIZED VIEW lib.level_counts IS 'per level';
CREATE VIEW lib.rich AS SELECT id, email, balance FROM lib.people WHERE balance > 1000;
COMMENT ON COLUMN lib.rich.balance IS 'over a thousand';
ALTER TABLE lib.people ENABLE ROW LEVEL SECURITY;
ALTER TABLE lib.people NO FORCE ROW LEVEL SECURITY;
CREATE POLICY people_self ON lib.people AS RESTRICTIVE FOR SELECT TO PUBLIC USING (id = current_setting('app.user_id')::integer);
COMMENT ON POLICY people_self ON lib.people IS 'own row';
CREATE SEQUENCE lib.invoice_no AS bigint START 10 INCREMENT 10;
COMMENT ON SEQUENCE lib.invoice_no IS 'invoice numbers';
COMMENT ON INDEX lib.level_counts_level IS NULL;
