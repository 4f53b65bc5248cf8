-- Tests: a stated owner on a table whose columns change (one added, one retyped, which rebuilds the view on it) and on that view: the rebuilt view gets its owner back, and so does the old one in the down
CREATE TABLE orders (id bigint PRIMARY KEY, qty integer, note text);
ALTER TABLE orders OWNER TO dovetail_owner_a;
CREATE VIEW order_qty AS SELECT id, qty FROM orders;
ALTER VIEW order_qty OWNER TO dovetail_owner_a;
CREATE TABLE gone (id integer);
ALTER TABLE gone OWNER TO dovetail_owner_b;
