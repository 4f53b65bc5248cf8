-- Tests: add a bigserial and a smallserial column to an existing table (implicit sequences AS bigint / AS smallint).
CREATE TABLE events (
    name text NOT NULL,
    payload jsonb,
    event_id bigserial,
    shard smallserial
);
