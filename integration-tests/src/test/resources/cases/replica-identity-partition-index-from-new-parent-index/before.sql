-- Tests: a partition's replica identity uses the index its partitioned table's new unique index gives it, in the same run; another partition's identity index goes with its parent's index; one stays while its parent's index is dropped and created again
CREATE TABLE orders (id bigint NOT NULL, placed date NOT NULL, note text) PARTITION BY RANGE (placed);
CREATE TABLE orders_2025 PARTITION OF orders FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE orders_2026 PARTITION OF orders FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE lines (id bigint NOT NULL, placed date NOT NULL) PARTITION BY RANGE (placed);
CREATE UNIQUE INDEX lines_key ON lines (id, placed);
CREATE TABLE lines_2025 PARTITION OF lines FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE lines_2025 REPLICA IDENTITY USING INDEX lines_2025_id_placed_idx;
CREATE TABLE stock (id bigint NOT NULL, placed date NOT NULL) PARTITION BY RANGE (placed);
CREATE UNIQUE INDEX stock_key ON stock (id, placed);
CREATE TABLE stock_2025 PARTITION OF stock FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE stock_2025 REPLICA IDENTITY USING INDEX stock_2025_id_placed_idx;
