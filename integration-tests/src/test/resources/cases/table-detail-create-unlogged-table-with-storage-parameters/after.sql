-- Tests: a new UNLOGGED table with storage parameters and an exclusion constraint
CREATE TABLE events (id bigint PRIMARY KEY);
CREATE UNLOGGED TABLE "scratch pad" (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    valid tstzrange,
    note text,
    EXCLUDE USING gist (valid WITH &&)
) WITH (fillfactor = 70, autovacuum_enabled = false);
