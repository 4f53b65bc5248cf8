-- Tests: a table is replaced by a view of the same name while another view reads it; the reader is rebuilt around the swap
CREATE TABLE orders (id bigint PRIMARY KEY, total int NOT NULL);
CREATE TABLE active_orders (id bigint PRIMARY KEY, total int NOT NULL);
CREATE VIEW big_active AS SELECT id FROM active_orders WHERE total > 100;
