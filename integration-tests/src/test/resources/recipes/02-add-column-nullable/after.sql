CREATE TABLE customers (id bigint PRIMARY KEY, email text, phone text, tier int NOT NULL DEFAULT 1);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric(10,2), placed_at timestamptz);
