-- Tests: an aggregate changes in place (initial condition), one loses its final function (a new result type: dropped and created again), one goes with its state function, one a view uses changes its state and result type (dropped and created again, the view around it), owners of aggregates stated and changed
CREATE TABLE readings (id bigint PRIMARY KEY, value integer NOT NULL);
CREATE FUNCTION add_sq(state bigint, value integer) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT state + value * value $$;
CREATE FUNCTION sqrt_of(state bigint) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$ SELECT sqrt(state) $$;
CREATE AGGREGATE sum_sq(integer) (SFUNC = add_sq, STYPE = bigint, INITCOND = '0');
CREATE AGGREGATE norm(integer) (SFUNC = add_sq, STYPE = bigint, INITCOND = '0', FINALFUNC = sqrt_of);
CREATE FUNCTION keep_max(state integer, value integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT greatest(state, value) $$;
CREATE AGGREGATE max_of(integer) (SFUNC = keep_max, STYPE = integer);
ALTER AGGREGATE max_of(integer) OWNER TO dovetail_agg_owner;
CREATE FUNCTION concat_all(state text, value integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT state || value $$;
CREATE AGGREGATE joined(integer) (SFUNC = concat_all, STYPE = text, INITCOND = '');
CREATE VIEW reading_summary AS SELECT sum_sq(value) AS sum_sq, joined(value) AS joined FROM readings;
