-- Tests: privileges on views and a materialized view survive their rebuilds (around a retyped column, a changed query) and come with a new view
-- Options: includePrivileges
CREATE TABLE sales (id bigint PRIMARY KEY, qty int NOT NULL, region text);
CREATE VIEW sales_qty AS SELECT id, qty FROM sales;
GRANT SELECT ON sales_qty TO dovetail_priv_viewer;
GRANT SELECT (qty) ON sales_qty TO dovetail_priv_analyst;
CREATE MATERIALIZED VIEW region_totals AS SELECT region, sum(qty) AS qty FROM sales GROUP BY region;
GRANT SELECT ON region_totals TO dovetail_priv_analyst;
CREATE VIEW old_view AS SELECT id FROM sales;
GRANT SELECT ON old_view TO dovetail_priv_viewer;
