CREATE TABLE sales (id bigint PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL);
CREATE MATERIALIZED VIEW region_sales AS SELECT region, sum(amount) AS amount FROM sales GROUP BY region;
CREATE UNIQUE INDEX region_sales_region ON region_sales (region);
CREATE INDEX region_sales_amount ON region_sales (amount DESC);
CREATE INDEX region_sales_lower ON region_sales (lower(region));
COMMENT ON MATERIALIZED VIEW region_sales IS 'Sales per region';
COMMENT ON INDEX region_sales_region IS 'For REFRESH CONCURRENTLY';
COMMENT ON COLUMN region_sales.amount IS 'Sum of amounts';
