-- Tests: a column goes from int to bigint while the view reading it becomes a materialized view
CREATE TABLE events (id bigint PRIMARY KEY, kind int NOT NULL);
CREATE VIEW event_kinds AS SELECT kind, count(*) AS n FROM events GROUP BY kind;
