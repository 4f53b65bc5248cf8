CREATE TABLE counters (
    id integer PRIMARY KEY,
    hits integer NOT NULL DEFAULT 0,
    label varchar(20)
);
CREATE INDEX counters_hits_idx ON counters (hits);
COMMENT ON COLUMN counters.hits IS 'Number of hits.';
COMMENT ON COLUMN counters.label IS 'Short label.';
COMMENT ON INDEX counters_hits_idx IS 'Top counters.';
COMMENT ON CONSTRAINT counters_pkey ON counters IS 'Counter id.';
