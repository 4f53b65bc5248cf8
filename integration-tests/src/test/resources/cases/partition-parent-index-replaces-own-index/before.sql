CREATE TABLE orders (id bigint NOT NULL, placed date NOT NULL, customer int) PARTITION BY RANGE (placed);
CREATE TABLE orders_a PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE orders_b PARTITION OF orders FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX orders_a_customer ON orders_a (customer);
