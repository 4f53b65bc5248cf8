CREATE TABLE org_units (
    id integer PRIMARY KEY,
    parent_id integer,
    name text NOT NULL
);
