-- Tests: drop one exclusion constraint, change the predicate and deferrability of another
CREATE TABLE shifts (id bigint PRIMARY KEY, worker int NOT NULL, during tsrange NOT NULL,
    CONSTRAINT shifts_partial_excl EXCLUDE USING gist (during WITH &&) WHERE (worker > 10));
