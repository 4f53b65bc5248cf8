CREATE TABLE customers (id bigint PRIMARY KEY, email text, country text NOT NULL);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric(10,2), placed_at timestamptz);
