-- Recipe: drop index
-- DROP INDEX takes an ACCESS EXCLUSIVE lock; DROP INDEX CONCURRENTLY waits for queries using the index instead of blocking everyone.
CREATE TABLE customers (id bigint PRIMARY KEY, email text);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric(10,2), placed_at timestamptz);
CREATE INDEX orders_placed_at_idx ON orders (placed_at);
