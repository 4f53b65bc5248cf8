CREATE TABLE customers (id bigserial PRIMARY KEY, name text NOT NULL);
CREATE TABLE invoices (id bigint PRIMARY KEY, customer_id int NOT NULL REFERENCES customers (id), total numeric(12,2) NOT NULL);
