CREATE TABLE orders (id bigint NOT NULL, placed date NOT NULL, note text) PARTITION BY RANGE (placed);
CREATE UNIQUE INDEX orders_key ON orders (id, placed);
CREATE TABLE orders_2025 PARTITION OF orders FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE orders_2026 PARTITION OF orders FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
ALTER TABLE orders_2025 REPLICA IDENTITY USING INDEX orders_2025_id_placed_idx;
CREATE TABLE lines (id bigint NOT NULL, placed date NOT NULL) PARTITION BY RANGE (placed);
CREATE TABLE lines_2025 PARTITION OF lines FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
-- the partitioned table's index changes (and with it the partition's, under the same name): the identity comes back
CREATE TABLE stock (id bigint NOT NULL, placed date NOT NULL) PARTITION BY RANGE (placed);
CREATE UNIQUE INDEX stock_key ON stock (id, placed) NULLS NOT DISTINCT;
CREATE TABLE stock_2025 PARTITION OF stock FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE stock_2025 REPLICA IDENTITY USING INDEX stock_2025_id_placed_idx;
