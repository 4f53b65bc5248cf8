CREATE TABLE orders (id bigint PRIMARY KEY, qty bigint NOT NULL, note text);
CREATE VIEW order_qty AS SELECT id, qty, note FROM orders WHERE qty > 0;
