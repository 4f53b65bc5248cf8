CREATE TABLE tasks (
    id integer PRIMARY KEY,
    public_id uuid NOT NULL,
    priority smallint DEFAULT 3,
    due_on date
);
