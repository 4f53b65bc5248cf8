-- Tests: a view is replaced by a table of the same name while two views read it
CREATE TABLE orders (id bigint PRIMARY KEY, total int NOT NULL, active boolean NOT NULL DEFAULT true);
CREATE VIEW active_orders AS SELECT id, total FROM orders WHERE active;
CREATE VIEW big_active AS SELECT id FROM active_orders WHERE total > 100;
CREATE VIEW active_count AS SELECT count(*) AS n FROM active_orders;
