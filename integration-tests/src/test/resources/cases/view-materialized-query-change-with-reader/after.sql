CREATE TABLE events (id bigint PRIMARY KEY, kind text NOT NULL, at timestamptz NOT NULL);
CREATE MATERIALIZED VIEW event_counts AS SELECT kind, count(*) AS n FROM events WHERE at > '2020-01-01' GROUP BY kind;
CREATE UNIQUE INDEX event_counts_kind ON event_counts (kind);
CREATE VIEW busy_kinds AS SELECT kind FROM event_counts WHERE n > 100;
