CREATE TABLE readings (id bigint NOT NULL, at date NOT NULL, level bigint, unit text DEFAULT 'm' CHECK (unit <> '')) PARTITION BY RANGE (at);
CREATE TABLE readings_old PARTITION OF readings FOR VALUES FROM (MINVALUE) TO ('2025-01-01');
CREATE TABLE readings_new PARTITION OF readings FOR VALUES FROM ('2025-01-01') TO (MAXVALUE);
CREATE INDEX readings_level ON readings (level);
CREATE UNIQUE INDEX readings_id_at ON readings (id, at);
