-- Tests: a column that extended statistics read is retyped; a shadow column would lose the statistics at the swap, so the type change is planned in place, flagged, and the statistics stay
CREATE TABLE readings (id bigint PRIMARY KEY, sensor bigint NOT NULL, site int NOT NULL);
CREATE STATISTICS readings_sensor_site (dependencies) ON sensor, site FROM readings;
