-- Tests: add a self-referencing FK (parent_id -> id, ON DELETE CASCADE) plus an index on it.
CREATE TABLE org_units (
    id integer PRIMARY KEY,
    parent_id integer REFERENCES org_units (id) ON DELETE CASCADE,
    name text NOT NULL
);
CREATE INDEX org_units_parent_id_idx ON org_units (parent_id);
