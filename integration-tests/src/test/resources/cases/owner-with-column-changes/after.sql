CREATE TABLE orders (id bigint PRIMARY KEY, qty bigint, note text, placed_at timestamptz);
ALTER TABLE orders OWNER TO dovetail_owner_b;
CREATE VIEW order_qty AS SELECT id, qty FROM orders;
ALTER VIEW order_qty OWNER TO dovetail_owner_b;
