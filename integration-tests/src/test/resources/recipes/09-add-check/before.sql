-- Recipe: add check constraint
-- Same as a foreign key: NOT VALID first, VALIDATE CONSTRAINT in a migration of its own.
CREATE TABLE customers (id bigint PRIMARY KEY, email text);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric(10,2), placed_at timestamptz);
