CREATE TABLE customers (id bigint PRIMARY KEY, email text);
CREATE TABLE legacy_notes (id bigint PRIMARY KEY, customer_id bigint, body text);
ALTER TABLE legacy_notes ADD CONSTRAINT legacy_notes_body_short CHECK (length(body) < 100) NOT VALID;
ALTER TABLE legacy_notes ADD CONSTRAINT legacy_notes_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
