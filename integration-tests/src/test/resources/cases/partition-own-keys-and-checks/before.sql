CREATE TABLE readings (sensor int NOT NULL, at timestamptz NOT NULL, value numeric) PARTITION BY LIST (sensor);
CREATE TABLE readings_1 PARTITION OF readings FOR VALUES IN (1);
CREATE TABLE readings_2 PARTITION OF readings FOR VALUES IN (2);
ALTER TABLE readings_2 ADD CONSTRAINT readings_2_pkey PRIMARY KEY (at);
