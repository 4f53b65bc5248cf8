-- Recipe: create table
-- A new table is empty: it is created with its primary key, checks, unique constraints, foreign keys and indexes in one migration.
CREATE TABLE customers (id bigint PRIMARY KEY, email text);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric(10,2), placed_at timestamptz);
