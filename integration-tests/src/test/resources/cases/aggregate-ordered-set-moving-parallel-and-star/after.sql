CREATE TABLE samples (id bigint PRIMARY KEY, value integer NOT NULL);
CREATE FUNCTION collect(state integer[], value integer) RETURNS integer[] LANGUAGE sql IMMUTABLE AS $$ SELECT state || value $$;
CREATE FUNCTION nth_of(state integer[], n integer, value integer) RETURNS integer LANGUAGE sql IMMUTABLE
  AS $$ SELECT (SELECT v FROM unnest(state) AS v ORDER BY v OFFSET n - 1 LIMIT 1) $$;
CREATE AGGREGATE nth(integer ORDER BY integer) (SFUNC = collect, STYPE = integer[], FINALFUNC = nth_of, FINALFUNC_EXTRA, INITCOND = '{}');
CREATE FUNCTION rank_of(state integer[], r integer, value integer) RETURNS bigint LANGUAGE sql IMMUTABLE
  AS $$ SELECT 1 + count(*) FROM unnest(state) AS v WHERE v < r $$;
CREATE AGGREGATE "My Rank"(integer ORDER BY integer) (SFUNC = collect, STYPE = integer[], FINALFUNC = rank_of,
  FINALFUNC_EXTRA, INITCOND = '{}', HYPOTHETICAL);
CREATE FUNCTION inv_add(state bigint, value integer) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT state - value $$;
CREATE FUNCTION fwd_add(state bigint, value integer) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT state + value $$;
CREATE AGGREGATE running_sum(integer) (SFUNC = fwd_add, STYPE = bigint, INITCOND = '0',
  MSFUNC = fwd_add, MINVFUNC = inv_add, MSTYPE = bigint, MINITCOND = '0');
CREATE AGGREGATE total(integer) (SFUNC = fwd_add, STYPE = bigint, INITCOND = '0', COMBINEFUNC = int8pl, PARALLEL = SAFE);
CREATE AGGREGATE biggest(integer) (SFUNC = int4larger, STYPE = integer, SORTOP = >);
CREATE AGGREGATE row_count(*) (SFUNC = int8inc, STYPE = bigint, INITCOND = '0');
