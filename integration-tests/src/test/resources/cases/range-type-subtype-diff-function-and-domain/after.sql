-- Tests: a range type whose subtype_diff is a function of the declared schema (created before the type, dropped after
-- it in the down), a domain over the range type with a check, and a column of that domain.
CREATE FUNCTION time_subtype_diff(x time, y time) RETURNS float8
    LANGUAGE sql IMMUTABLE STRICT
    AS 'SELECT EXTRACT(EPOCH FROM (x - y))';
CREATE TYPE timerange AS RANGE (subtype = time, subtype_diff = time_subtype_diff);
CREATE DOMAIN school_hours AS timerange CHECK (VALUE <@ timerange('08:00', '18:00'));
CREATE TABLE lessons (
    id bigint PRIMARY KEY,
    title text NOT NULL,
    slot school_hours
);
