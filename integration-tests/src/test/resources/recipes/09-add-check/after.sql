CREATE TABLE customers (id bigint PRIMARY KEY, email text);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric(10,2) CONSTRAINT orders_total_positive CHECK (total >= 0), placed_at timestamptz);
