-- Tests: change the expression of a stored generated column (a * 2 -> a * 3).
CREATE TABLE measurements (
    id integer PRIMARY KEY,
    a integer NOT NULL,
    doubled integer GENERATED ALWAYS AS (a * 3) STORED
);
