-- Recipe: views, functions, triggers, policies, comments
-- CREATE OR REPLACE where PostgreSQL allows it (same output columns), so readers never see the view missing.
CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(10,2), placed_at timestamptz);
CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100;
