-- Recipe: validate a NOT VALID constraint
-- A NOT VALID check or foreign key declared valid is validated in place: VALIDATE CONSTRAINT scans the rows under SHARE UPDATE EXCLUSIVE while reads and writes go on, and fails on the first row that breaks it (fix those rows first). Its down drops the constraint and adds it back NOT VALID, since PostgreSQL cannot un-validate one; declaring a valid constraint NOT VALID does the same as an up, and validates in its down.
CREATE TABLE customers (id bigint PRIMARY KEY, email text);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric(10,2), placed_at timestamptz);
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
