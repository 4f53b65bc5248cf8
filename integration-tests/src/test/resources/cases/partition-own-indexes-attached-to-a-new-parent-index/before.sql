-- Tests: a new index of a partitioned table that the declared schema completes as pg_dump writes it (ON ONLY, then ALTER INDEX … ATTACH PARTITION of the partitions' indexes): the partitions' existing own indexes with the same keys (one commented, one on a partition of a partition partitioned again) are attached, not dropped and built again
CREATE TABLE orders (id bigint NOT NULL, placed date NOT NULL, region text NOT NULL, customer int) PARTITION BY RANGE (placed);
CREATE TABLE orders_a PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE orders_b PARTITION OF orders FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') PARTITION BY LIST (region);
CREATE TABLE "Orders B eu" PARTITION OF orders_b FOR VALUES IN ('eu');
CREATE TABLE orders_b_rest PARTITION OF orders_b DEFAULT;
CREATE INDEX "orders_a customer" ON orders_a (customer);
COMMENT ON INDEX "orders_a customer" IS 'built by hand for the 2024 report';
CREATE INDEX orders_b_eu_customer ON "Orders B eu" (customer);
INSERT INTO orders SELECT g, date '2024-01-01' + (g % 700), CASE WHEN g % 3 = 0 THEN 'eu' ELSE 'us' END, g % 50 FROM generate_series(1, 2000) g;
