-- Tests: a view's query changes with the same columns, so it is replaced in place and the view reading it stays
CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(12,2) NOT NULL, status text NOT NULL);
CREATE VIEW open_orders AS SELECT id, total FROM orders WHERE status = 'open';
CREATE VIEW open_total AS SELECT sum(total) AS total FROM open_orders;
COMMENT ON VIEW open_orders IS 'Orders not shipped';
