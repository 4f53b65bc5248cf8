-- Tests: drop a column that has its own index, a check and is part of a multi-column unique constraint (all go away with it).
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    region text NOT NULL
);
CREATE INDEX accounts_region_idx ON accounts (region);
