CREATE TABLE main (
    id integer PRIMARY KEY,
    note text,
    path text
);
COMMENT ON TABLE main IS 'The main table.';
