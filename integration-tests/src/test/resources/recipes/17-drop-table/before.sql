-- Recipe: drop table
-- Dropping a table waits for the contract phase, like every drop that loses data.
CREATE TABLE customers (id bigint PRIMARY KEY, email text);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric(10,2), placed_at timestamptz);
CREATE TABLE legacy_events (id bigint PRIMARY KEY, payload text);
