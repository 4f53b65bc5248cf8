-- Tests: a partitioned table whose foreign key PostgreSQL clones onto every partition; a partition and a second FK added; rebuilding either side must not create the clones twice
CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE stores (id bigint PRIMARY KEY);
CREATE TABLE orders (id bigint NOT NULL, customer_id bigint NOT NULL REFERENCES customers (id), store_id bigint REFERENCES stores (id), placed date NOT NULL) PARTITION BY RANGE (placed);
CREATE TABLE orders_2025 PARTITION OF orders FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE orders_2026 PARTITION OF orders FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
