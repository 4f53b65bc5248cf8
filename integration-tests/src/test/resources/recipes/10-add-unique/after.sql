CREATE TABLE customers (id bigint PRIMARY KEY, email text CONSTRAINT customers_email_key UNIQUE);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric(10,2), placed_at timestamptz);
