-- Tests: add defaults (gen_random_uuid(), CURRENT_DATE) to existing columns and drop a default from another.
CREATE TABLE tasks (
    id integer PRIMARY KEY,
    public_id uuid NOT NULL DEFAULT gen_random_uuid(),
    priority smallint,
    due_on date DEFAULT CURRENT_DATE
);
