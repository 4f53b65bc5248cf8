CREATE SCHEMA rep;
CREATE TABLE rep.payments (id bigint PRIMARY KEY, customer_id bigint NOT NULL, amount numeric(12,2) NOT NULL);
CREATE VIEW rep.totals AS SELECT customer_id, sum(amount)::numeric(12,2) AS amount FROM rep.payments GROUP BY customer_id;
CREATE VIEW rep.top_totals AS SELECT customer_id, amount FROM rep.totals WHERE amount > 1000;
CREATE VIEW rep.top_ids AS SELECT customer_id FROM rep.top_totals;
