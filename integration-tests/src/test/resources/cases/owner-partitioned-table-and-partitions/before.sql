-- Tests: owners of a partitioned table and of its partitions, as pg_dump writes them (one OWNER TO each): the table and a partition change hands, a partition keeps its owner, a new partition comes with its own and one goes
CREATE TABLE readings (sensor integer NOT NULL, taken date NOT NULL, value numeric) PARTITION BY RANGE (taken);
ALTER TABLE readings OWNER TO dovetail_owner_a;
CREATE TABLE readings_2024 PARTITION OF readings FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE readings_2024 OWNER TO dovetail_owner_a;
CREATE TABLE readings_2025 PARTITION OF readings FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE readings_2025 OWNER TO dovetail_owner_b;
CREATE TABLE readings_old PARTITION OF readings FOR VALUES FROM ('2000-01-01') TO ('2024-01-01');
ALTER TABLE readings_old OWNER TO dovetail_owner_a;
