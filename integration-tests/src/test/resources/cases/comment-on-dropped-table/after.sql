-- Tests: drop a table that carries comments on itself, a column, a constraint and an index; the way down must restore all of them.
CREATE TABLE keep_me (
    id integer PRIMARY KEY,
    label text
);
COMMENT ON TABLE keep_me IS 'Stays.';
