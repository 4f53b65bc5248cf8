-- Tests: add a named multi-column check and a column-level named check; drop an unnamed column check.
CREATE TABLE reservations (
    id integer PRIMARY KEY,
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL,
    guests smallint NOT NULL,
    note text CONSTRAINT reservations_note_length CHECK (char_length(note) <= 500),
    CONSTRAINT reservations_time_order CHECK (ends_at > starts_at)
);
