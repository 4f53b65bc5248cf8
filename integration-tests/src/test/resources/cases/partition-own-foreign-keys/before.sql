CREATE TABLE sensors (id int PRIMARY KEY);
CREATE TABLE readings (sensor int NOT NULL, at timestamptz NOT NULL, value numeric) PARTITION BY LIST (sensor);
CREATE TABLE readings_1 PARTITION OF readings FOR VALUES IN (1);
