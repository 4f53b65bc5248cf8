CREATE TABLE sales (id bigint PRIMARY KEY, qty bigint NOT NULL, region text);
ALTER TABLE sales OWNER TO dovetail_owner_a;
CREATE VIEW sales_qty AS SELECT id, qty, region FROM sales;
ALTER VIEW sales_qty OWNER TO dovetail_owner_b;
GRANT SELECT ON sales_qty TO dovetail_priv_viewer;
GRANT SELECT (qty) ON sales_qty TO dovetail_priv_analyst;
