CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TYPE textrange AS RANGE (subtype = text, collation = "C");
CREATE TABLE rooms (
    id bigint PRIMARY KEY,
    temperatures floatrange,
    labels textrange
);
CREATE INDEX rooms_temperatures_idx ON rooms USING gist (temperatures);
CREATE VIEW warm_rooms AS SELECT id FROM rooms WHERE temperatures && floatrange(20, 30);
CREATE FUNCTION band_width(r floatrange) RETURNS float8
    LANGUAGE sql IMMUTABLE STRICT
    RETURN upper(r) - lower(r);
