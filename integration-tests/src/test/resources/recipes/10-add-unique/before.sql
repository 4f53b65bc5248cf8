-- Recipe: add unique constraint on an existing table
-- The unique index is built concurrently in a file of its own; ADD CONSTRAINT … USING INDEX then takes it over without scanning the table under its lock. Dropping the constraint drops the index with it, so the down of that migration builds the index again (under a SHARE lock) to give back the state before it.
CREATE TABLE customers (id bigint PRIMARY KEY, email text);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric(10,2), placed_at timestamptz);
