-- Tests: one partition is dropped (detached first), one added, one moves its bound, comments change
CREATE TABLE logs (id bigint NOT NULL, at date NOT NULL, line text) PARTITION BY RANGE (at);
CREATE TABLE logs_2024 PARTITION OF logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE logs_2025 PARTITION OF logs FOR VALUES FROM ('2025-01-01') TO ('2025-07-01');
COMMENT ON TABLE logs_2025 IS 'first half';
