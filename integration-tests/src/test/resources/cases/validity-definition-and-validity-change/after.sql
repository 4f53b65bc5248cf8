-- Tests: a constraint whose definition and validity both change: a NOT VALID check and foreign key become valid with another definition, a valid check and foreign key become NOT VALID with another definition
CREATE TABLE customers (id bigint PRIMARY KEY, code text UNIQUE);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, customer_code text, total numeric(10,2), discount numeric(10,2));
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0);
ALTER TABLE orders ADD CONSTRAINT orders_discount_small CHECK (discount < 5) NOT VALID;
ALTER TABLE orders ADD CONSTRAINT orders_customer_fkey FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE;
ALTER TABLE orders ADD CONSTRAINT orders_customer_code_fkey FOREIGN KEY (customer_code) REFERENCES customers (code) ON UPDATE CASCADE NOT VALID;
