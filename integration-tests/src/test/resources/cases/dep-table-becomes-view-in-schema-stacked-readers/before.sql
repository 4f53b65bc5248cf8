-- Tests: a table in another schema becomes a view over a new table, with a stack of two views reading it
CREATE SCHEMA rep;
CREATE TABLE rep.totals (customer_id bigint PRIMARY KEY, amount numeric(12,2) NOT NULL);
CREATE VIEW rep.top_totals AS SELECT customer_id, amount FROM rep.totals WHERE amount > 1000;
CREATE VIEW rep.top_ids AS SELECT customer_id FROM rep.top_totals;
