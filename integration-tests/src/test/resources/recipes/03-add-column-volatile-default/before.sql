-- Recipe: add column with a volatile default
-- A volatile default (gen_random_uuid(), clock_timestamp(), nextval()) is computed per row, which rewrites the table under an exclusive lock. The column is added without it, the default is set for new rows, and existing rows are backfilled in committed batches.
CREATE TABLE customers (id bigint PRIMARY KEY, email text);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric(10,2), placed_at timestamptz);
