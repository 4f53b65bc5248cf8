CREATE TABLE customers (id bigint PRIMARY KEY, email text);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric(10,2), status text);
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id);
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0);
ALTER TABLE orders ADD CONSTRAINT "Status Known" CHECK (status IN ('new', 'paid')) NOT VALID;
COMMENT ON CONSTRAINT orders_total_positive ON orders IS 'valid again';
