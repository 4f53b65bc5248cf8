CREATE EXTENSION hstore;
CREATE EXTENSION cube;

CREATE TABLE measurements (
    id integer PRIMARY KEY,
    reading double precision NOT NULL
);
