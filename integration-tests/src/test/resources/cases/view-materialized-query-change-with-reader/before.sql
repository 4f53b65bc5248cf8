-- Tests: a materialized view's query changes (drop and create), with its index and a view that reads it
CREATE TABLE events (id bigint PRIMARY KEY, kind text NOT NULL, at timestamptz NOT NULL);
CREATE MATERIALIZED VIEW event_counts AS SELECT kind, count(*) AS n FROM events GROUP BY kind;
CREATE UNIQUE INDEX event_counts_kind ON event_counts (kind);
CREATE VIEW busy_kinds AS SELECT kind FROM event_counts WHERE n > 100;
