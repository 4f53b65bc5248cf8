CREATE TABLE shifts (id bigint PRIMARY KEY, worker int NOT NULL, during tsrange NOT NULL,
    CONSTRAINT shifts_during_excl EXCLUDE USING gist (during WITH &&),
    CONSTRAINT shifts_partial_excl EXCLUDE USING gist (during WITH &&) WHERE (worker > 0) DEFERRABLE);
