-- Tests: change column types (integer -> bigint on an indexed PK and column, varchar(20) -> text) while comments on the columns, the rebuilt index and the PK stay the same.
CREATE TABLE counters (
    id bigint PRIMARY KEY,
    hits bigint NOT NULL DEFAULT 0,
    label text
);
CREATE INDEX counters_hits_idx ON counters (hits);
COMMENT ON COLUMN counters.hits IS 'Number of hits.';
COMMENT ON COLUMN counters.label IS 'Short label.';
COMMENT ON INDEX counters_hits_idx IS 'Top counters.';
COMMENT ON CONSTRAINT counters_pkey ON counters IS 'Counter id.';
