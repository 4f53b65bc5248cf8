-- Tests: a partitioned table gains a column, retypes one and gets an index; the partitions follow
CREATE TABLE readings (id bigint NOT NULL, at date NOT NULL, level int) PARTITION BY RANGE (at);
CREATE TABLE readings_old PARTITION OF readings FOR VALUES FROM (MINVALUE) TO ('2025-01-01');
CREATE TABLE readings_new PARTITION OF readings FOR VALUES FROM ('2025-01-01') TO (MAXVALUE);
