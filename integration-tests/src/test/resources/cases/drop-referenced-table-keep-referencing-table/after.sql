-- Tests: drop a referenced table while the referencing table stays (its FK must be dropped, the column kept).
CREATE TABLE products (
    id integer PRIMARY KEY,
    category_id integer,
    name text NOT NULL
);
