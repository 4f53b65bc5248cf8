CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL, active boolean NOT NULL DEFAULT true);
CREATE VIEW active_customers AS SELECT id, name FROM customers WHERE active;
CREATE VIEW active_names AS SELECT name FROM active_customers ORDER BY name;
COMMENT ON VIEW active_customers IS 'Customers who can order';
COMMENT ON COLUMN active_customers.name IS 'Display name';
