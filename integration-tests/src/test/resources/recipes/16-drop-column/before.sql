-- Recipe: drop column
-- Drops wait for the contract phase: the old application may still read the column. The down migration restores the column, not its data.
CREATE TABLE customers (id bigint PRIMARY KEY, email text);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric(10,2), placed_at timestamptz);
