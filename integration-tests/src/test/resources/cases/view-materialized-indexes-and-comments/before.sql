-- Tests: a materialized view keeps its indexes: one index changes, one is added, comments change
CREATE TABLE sales (id bigint PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL);
CREATE MATERIALIZED VIEW region_sales AS SELECT region, sum(amount) AS amount FROM sales GROUP BY region;
CREATE UNIQUE INDEX region_sales_region ON region_sales (region);
CREATE INDEX region_sales_amount ON region_sales (amount);
COMMENT ON MATERIALIZED VIEW region_sales IS 'Per region';
