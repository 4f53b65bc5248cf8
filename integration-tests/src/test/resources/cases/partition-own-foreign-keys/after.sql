-- Tests: foreign keys a partition has of its own, to a table created in the same run and to an existing one, on an existing and a new partition
CREATE TABLE sensors (id int PRIMARY KEY);
CREATE TABLE calibrations (at timestamptz PRIMARY KEY);
CREATE TABLE readings (sensor int NOT NULL, at timestamptz NOT NULL, value numeric) PARTITION BY LIST (sensor);
CREATE TABLE readings_1 PARTITION OF readings FOR VALUES IN (1);
CREATE TABLE readings_2 PARTITION OF readings FOR VALUES IN (2);
ALTER TABLE readings_1 ADD CONSTRAINT readings_1_sensor_fkey FOREIGN KEY (sensor) REFERENCES sensors (id);
ALTER TABLE readings_2 ADD CONSTRAINT readings_2_calibrated FOREIGN KEY (at) REFERENCES calibrations (at);
