-- Recipe: add column, nullable or with a constant default
-- PostgreSQL stores a constant default once instead of writing it into every row, so the column is added in place.
CREATE TABLE customers (id bigint PRIMARY KEY, email text);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric(10,2), placed_at timestamptz);
