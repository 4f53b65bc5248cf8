CREATE TABLE customers (id bigint PRIMARY KEY, code text UNIQUE);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, customer_code text, total numeric(10,2), discount numeric(10,2));
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0) NOT VALID;
ALTER TABLE orders ADD CONSTRAINT orders_discount_small CHECK (discount < 10);
ALTER TABLE orders ADD CONSTRAINT orders_customer_fkey FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
ALTER TABLE orders ADD CONSTRAINT orders_customer_code_fkey FOREIGN KEY (customer_code) REFERENCES customers (code);
