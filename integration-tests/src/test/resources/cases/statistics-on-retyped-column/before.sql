CREATE TABLE readings (id bigint PRIMARY KEY, sensor int NOT NULL, site int NOT NULL);
CREATE STATISTICS readings_sensor_site (dependencies) ON sensor, site FROM readings;
