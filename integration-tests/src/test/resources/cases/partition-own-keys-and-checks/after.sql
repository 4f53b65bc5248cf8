-- Tests: a partition's own primary key, unique constraint and check (the parent has none): added, dropped, on a new partition too; with a comment on one
CREATE TABLE readings (sensor int NOT NULL, at timestamptz NOT NULL, value numeric) PARTITION BY LIST (sensor);
CREATE TABLE readings_1 PARTITION OF readings FOR VALUES IN (1);
CREATE TABLE readings_2 PARTITION OF readings FOR VALUES IN (2);
CREATE TABLE readings_3 PARTITION OF readings FOR VALUES IN (3);
ALTER TABLE readings_1 ADD CONSTRAINT readings_1_pkey PRIMARY KEY (at);
ALTER TABLE readings_1 ADD CONSTRAINT "readings 1 positive" CHECK (value >= 0);
ALTER TABLE readings_3 ADD CONSTRAINT readings_3_at_key UNIQUE (at);
COMMENT ON CONSTRAINT readings_3_at_key ON readings_3 IS 'one reading per instant';
