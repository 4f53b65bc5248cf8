CREATE TABLE orders (id bigint PRIMARY KEY);
CREATE TABLE order_items (id bigint PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders (id));
