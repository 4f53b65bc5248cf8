CREATE TABLE events (id bigint PRIMARY KEY, kind bigint NOT NULL);
CREATE MATERIALIZED VIEW event_kinds AS SELECT kind, count(*) AS n FROM events GROUP BY kind;
