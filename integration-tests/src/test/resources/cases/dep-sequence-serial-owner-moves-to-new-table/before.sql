-- Tests: a serial column's sequence keeps its name and moves to a column of a new table while the old table goes
CREATE TABLE legacy_users (id serial PRIMARY KEY, name text);
