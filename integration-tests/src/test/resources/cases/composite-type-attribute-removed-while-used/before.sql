-- Tests: a column of a composite type stays while the type loses its last attribute and gains another
CREATE SCHEMA geo;
CREATE TYPE geo."Point 2D" AS (x float8, y float8, label text);
CREATE TABLE geo.places (id bigint PRIMARY KEY, "where" geo."Point 2D");
