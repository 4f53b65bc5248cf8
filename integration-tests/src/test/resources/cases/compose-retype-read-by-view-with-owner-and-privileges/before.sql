-- Tests: a column that a view with a stated owner, table and column privileges reads is retyped through a shadow column: the old view keeps its owner and privileges until the swap, which creates it again and gives them back in the same transaction
-- Options: includePrivileges
CREATE TABLE sales (id bigint PRIMARY KEY, qty int NOT NULL, region text);
ALTER TABLE sales OWNER TO dovetail_owner_a;
CREATE VIEW sales_qty AS SELECT id, qty, region FROM sales;
ALTER VIEW sales_qty OWNER TO dovetail_owner_b;
GRANT SELECT ON sales_qty TO dovetail_priv_viewer;
GRANT SELECT (qty) ON sales_qty TO dovetail_priv_analyst;
