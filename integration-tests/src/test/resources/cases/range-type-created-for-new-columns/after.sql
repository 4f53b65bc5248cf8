-- Tests: a range type is created before the columns, the exclusion constraint and the function that use it and its
-- multirange; the down drops them first and the type last.
CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TABLE rooms (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    temperatures floatrange,
    allowed floatmultirange
);
CREATE TABLE readings (
    room_id bigint NOT NULL REFERENCES rooms (id),
    band floatrange NOT NULL,
    EXCLUDE USING gist (band WITH &&)
);
CREATE FUNCTION band_width(r floatrange) RETURNS float8
    LANGUAGE sql IMMUTABLE STRICT
    RETURN upper(r) - lower(r);
