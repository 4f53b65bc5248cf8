-- migrations:rename column public.customers.email to email_address
CREATE TABLE customers (id bigint PRIMARY KEY, email_address text NOT NULL);
CREATE INDEX customers_email_address_idx ON customers (email_address);
