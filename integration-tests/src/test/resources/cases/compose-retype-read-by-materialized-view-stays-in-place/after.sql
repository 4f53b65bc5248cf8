CREATE TABLE readings (id bigint PRIMARY KEY, sensor bigint NOT NULL);
CREATE MATERIALIZED VIEW sensor_counts AS SELECT sensor, count(*) AS n FROM readings GROUP BY sensor;
