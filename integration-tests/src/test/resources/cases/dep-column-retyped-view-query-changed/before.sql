-- Tests: a column a view reads goes from int to bigint while the view's query changes too
CREATE TABLE orders (id bigint PRIMARY KEY, qty int NOT NULL, note text);
CREATE VIEW order_qty AS SELECT id, qty FROM orders;
