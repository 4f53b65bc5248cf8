-- Recipe: create index on an existing table
-- A plain CREATE INDEX blocks writes for the whole build. CREATE INDEX CONCURRENTLY does not, but cannot run in a transaction, so it gets a file of its own, preceded by a DROP INDEX CONCURRENTLY IF EXISTS that clears what a failed build leaves.
CREATE TABLE customers (id bigint PRIMARY KEY, email text);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric(10,2), placed_at timestamptz);
