-- Tests: replica identity of a partitioned table and of its partitions (FULL, NOTHING, DEFAULT, USING INDEX of a partition's index), a new partition with its own, a dropped one
CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, body text) PARTITION BY RANGE (at);
CREATE UNIQUE INDEX events_key ON events (id, at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE events_2025 REPLICA IDENTITY NOTHING;
CREATE TABLE events_old PARTITION OF events FOR VALUES FROM ('2000-01-01') TO ('2024-01-01');
ALTER TABLE events_old REPLICA IDENTITY FULL;
CREATE TABLE logs (id bigint NOT NULL, kind text NOT NULL) PARTITION BY LIST (kind);
ALTER TABLE logs REPLICA IDENTITY FULL;
CREATE TABLE logs_a PARTITION OF logs FOR VALUES IN ('a');
