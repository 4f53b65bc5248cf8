-- Tests: drop a default-named primary key; the column stays NOT NULL.
CREATE TABLE log_entries (
    id bigint NOT NULL,
    message text NOT NULL
);
