-- Tests: create ltree and cube, add an ltree column with a GiST index and a CHECK using an ltree operator, and a cube column.
CREATE EXTENSION ltree;
CREATE EXTENSION cube;

CREATE TABLE categories (
    id integer PRIMARY KEY,
    name text NOT NULL,
    path ltree,
    embedding cube,
    CONSTRAINT categories_path_under_root CHECK (path <@ 'root'::ltree)
);
CREATE INDEX categories_path_idx ON categories USING gist (path);
