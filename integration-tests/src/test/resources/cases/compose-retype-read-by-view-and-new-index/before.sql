-- Tests: one edit retypes a column a view reads and adds a composite index on it: the index is built concurrently on the shadow column and the view is rebuilt in the swap
CREATE TABLE readings (id bigint PRIMARY KEY, sensor int NOT NULL, value double precision);
CREATE VIEW sensor_readings AS SELECT sensor, count(*) AS n FROM readings GROUP BY sensor;
