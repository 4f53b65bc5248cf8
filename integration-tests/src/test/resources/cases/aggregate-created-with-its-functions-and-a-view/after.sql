CREATE SCHEMA "Stats";
CREATE TABLE orders (id bigint PRIMARY KEY, total numeric NOT NULL);
CREATE FUNCTION "Stats"."accumulate"(state numeric[], value numeric) RETURNS numeric[]
  LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[state[1] + value, state[2] + 1] $$;
CREATE FUNCTION "Stats".finish(state numeric[]) RETURNS numeric
  LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN state[2] = 0 THEN NULL ELSE state[1] / state[2] END $$;
CREATE AGGREGATE "Stats"."Mean Value"(numeric) (
  SFUNC = "Stats"."accumulate", STYPE = numeric[], FINALFUNC = "Stats".finish, INITCOND = '{0,0}'
);
COMMENT ON AGGREGATE "Stats"."Mean Value"(numeric) IS 'the arithmetic mean';
CREATE AGGREGATE product(numeric) (SFUNC = numeric_mul, STYPE = numeric, INITCOND = '1');
CREATE VIEW order_stats AS SELECT "Stats"."Mean Value"(total) AS mean, product(total) AS product FROM orders;
