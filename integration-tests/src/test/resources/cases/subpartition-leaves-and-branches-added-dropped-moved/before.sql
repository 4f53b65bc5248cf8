-- Tests: a two-level partitioned table that stays: a leaf added under a branch that stays, a leaf dropped, a leaf's bound moved, a branch added with its leaves, a branch dropped with its leaves, a branch's bound moved with its leaves kept, a branch's comment changed
CREATE TABLE orders (region text NOT NULL, placed date NOT NULL, total numeric NOT NULL CHECK (total >= 0)) PARTITION BY LIST (region);
CREATE INDEX orders_placed ON orders (placed);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('eu') PARTITION BY RANGE (placed);
CREATE TABLE orders_eu_2023 PARTITION OF orders_eu FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE orders_eu_2024 PARTITION OF orders_eu FOR VALUES FROM ('2024-01-01') TO ('2024-07-01');
CREATE TABLE orders_us PARTITION OF orders FOR VALUES IN ('us') PARTITION BY RANGE (placed);
CREATE TABLE orders_us_2024 PARTITION OF orders_us FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE "Orders APAC" PARTITION OF orders FOR VALUES IN ('apac') PARTITION BY RANGE (placed);
CREATE TABLE "Orders APAC 2024" PARTITION OF "Orders APAC" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
COMMENT ON TABLE orders_eu IS 'Europe';
