-- Tests: drop an unused extension (hstore) while another unused extension (cube) stays untouched.
CREATE EXTENSION cube;

CREATE TABLE measurements (
    id integer PRIMARY KEY,
    reading double precision NOT NULL
);
