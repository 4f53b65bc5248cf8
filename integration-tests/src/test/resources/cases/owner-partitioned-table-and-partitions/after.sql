CREATE TABLE readings (sensor integer NOT NULL, taken date NOT NULL, value numeric) PARTITION BY RANGE (taken);
ALTER TABLE readings OWNER TO dovetail_owner_b;
CREATE TABLE readings_2024 PARTITION OF readings FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE readings_2024 OWNER TO dovetail_owner_b;
CREATE TABLE readings_2025 PARTITION OF readings FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE readings_2025 OWNER TO dovetail_owner_b;
CREATE TABLE readings_2026 PARTITION OF readings FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
ALTER TABLE readings_2026 OWNER TO dovetail_owner_a;
