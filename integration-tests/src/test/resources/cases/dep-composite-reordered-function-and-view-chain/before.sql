CREATE SCHEMA "Geo Data";
CREATE TYPE "Geo Data".point2 AS (y double precision, x double precision);
CREATE FUNCTION "Geo Data".origin() RETURNS "Geo Data".point2 LANGUAGE sql IMMUTABLE AS $$ SELECT ROW(0, 0)::"Geo Data".point2 $$;
CREATE FUNCTION "Geo Data".shifted(p "Geo Data".point2, d double precision) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$ SELECT p.x + d $$;
CREATE VIEW "Geo Data".origin_x AS SELECT "Geo Data".shifted("Geo Data".origin(), 1) AS x;
