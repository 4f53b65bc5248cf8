CREATE TABLE log_entries (
    id bigint NOT NULL,
    message text NOT NULL,
    PRIMARY KEY (id)
);
