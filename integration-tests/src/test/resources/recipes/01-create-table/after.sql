CREATE TABLE customers (id bigint PRIMARY KEY, email text);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric(10,2), placed_at timestamptz);
CREATE TABLE reviews (id bigint PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders, stars int NOT NULL CHECK (stars BETWEEN 1 AND 5), body text);
CREATE INDEX reviews_order_id_idx ON reviews (order_id);
