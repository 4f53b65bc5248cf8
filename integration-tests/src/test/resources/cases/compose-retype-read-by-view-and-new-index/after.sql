CREATE TABLE readings (id bigint PRIMARY KEY, sensor bigint NOT NULL, value double precision);
CREATE VIEW sensor_readings AS SELECT sensor, count(*) AS n FROM readings GROUP BY sensor;
CREATE INDEX readings_sensor_value ON readings (sensor, value);
