-- Tests: a column that extended statistics read is retyped: the swap of its shadow column drops the statistics before the old column goes and creates them again on the new one
CREATE TABLE readings (id bigint PRIMARY KEY, sensor bigint NOT NULL, site int NOT NULL);
CREATE STATISTICS readings_sensor_site (dependencies) ON sensor, site FROM readings;
