CREATE TABLE customers (id bigint PRIMARY KEY, email text, token uuid DEFAULT gen_random_uuid());
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric(10,2), placed_at timestamptz);
