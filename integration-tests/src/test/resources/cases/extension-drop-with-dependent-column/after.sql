-- Tests: drop the hstore extension together with the only column (and GiST index) that uses its type; the table stays.
CREATE TABLE documents (
    id integer PRIMARY KEY,
    title text NOT NULL
);
