CREATE TABLE orders (id bigint PRIMARY KEY, total int NOT NULL, active boolean NOT NULL DEFAULT true);
CREATE TABLE active_orders (id bigint PRIMARY KEY, total int NOT NULL);
CREATE VIEW big_active AS SELECT id FROM active_orders WHERE total > 100;
CREATE VIEW active_count AS SELECT count(*) AS n FROM active_orders;
