-- Tests: functions with SQL-standard bodies (BEGIN ATOMIC, RETURN) that call each other in an order their names do not follow, one used by a view and a check; they must be created callee first
CREATE TABLE prices (id bigint PRIMARY KEY, amount numeric NOT NULL);
CREATE FUNCTION zz_rate() RETURNS numeric LANGUAGE sql IMMUTABLE RETURN 1.2;
CREATE FUNCTION mm_gross(net numeric) RETURNS numeric LANGUAGE sql IMMUTABLE RETURN net * zz_rate();
CREATE FUNCTION aa_total(net numeric) RETURNS numeric LANGUAGE sql IMMUTABLE
BEGIN ATOMIC
  SELECT round(mm_gross(net), 2);
END;
CREATE VIEW gross_prices AS SELECT id, aa_total(amount) AS gross FROM prices;
ALTER TABLE prices ADD CONSTRAINT positive_gross CHECK (aa_total(amount) >= 0);
