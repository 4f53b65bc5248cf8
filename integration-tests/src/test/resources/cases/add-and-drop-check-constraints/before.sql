CREATE TABLE reservations (
    id integer PRIMARY KEY,
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL,
    guests smallint NOT NULL CHECK (guests > 0),
    note text
);
