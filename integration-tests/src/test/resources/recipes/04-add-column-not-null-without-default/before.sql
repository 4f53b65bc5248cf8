-- Recipe: add NOT NULL column without default
-- Existing rows need a value that only a person can choose. The column is added nullable, a backfill that refuses to run on a table with rows until a reviewer writes the value follows, and NOT NULL comes in the contract phase, once the old application no longer inserts rows without the column.
CREATE TABLE customers (id bigint PRIMARY KEY, email text);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric(10,2), placed_at timestamptz);
