CREATE SCHEMA geo;
CREATE TYPE geo."Point 2D" AS (x float8, y float8, "z axis" float8);
CREATE TABLE geo.places (id bigint PRIMARY KEY, "where" geo."Point 2D");
