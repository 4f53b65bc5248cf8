CREATE TABLE sales (id bigint PRIMARY KEY, qty bigint NOT NULL, region text);
CREATE VIEW sales_qty AS SELECT id, qty FROM sales;
GRANT SELECT ON sales_qty TO dovetail_priv_viewer;
GRANT SELECT (qty) ON sales_qty TO dovetail_priv_analyst;
CREATE MATERIALIZED VIEW region_totals AS SELECT region, sum(qty) AS qty FROM sales WHERE qty > 0 GROUP BY region;
GRANT SELECT ON region_totals TO dovetail_priv_analyst, dovetail_priv_viewer;
CREATE VIEW new_view AS SELECT id, region FROM sales;
GRANT SELECT, UPDATE ON new_view TO dovetail_priv_viewer;
