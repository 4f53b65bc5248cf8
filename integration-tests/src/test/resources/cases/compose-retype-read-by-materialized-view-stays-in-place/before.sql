-- Tests: a column a materialized view reads is retyped: rebuilding the view in the swap would fill it under the table's lock, so the type change is made in place with the views rebuilt around it, flagged with the reason
CREATE TABLE readings (id bigint PRIMARY KEY, sensor int NOT NULL);
CREATE MATERIALIZED VIEW sensor_counts AS SELECT sensor, count(*) AS n FROM readings GROUP BY sensor;
