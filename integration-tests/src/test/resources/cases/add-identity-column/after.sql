-- Tests: add a new identity column with sequence options (START WITH 100 INCREMENT BY 5).
CREATE TABLE events (
    name text NOT NULL,
    payload jsonb,
    id bigint GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 5)
);
