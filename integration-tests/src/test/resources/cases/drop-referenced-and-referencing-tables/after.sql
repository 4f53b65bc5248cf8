-- Tests: drop a table that is referenced by another table, together with the referencing (self-referencing) table.
CREATE TABLE settings (
    key text PRIMARY KEY,
    value text
);
