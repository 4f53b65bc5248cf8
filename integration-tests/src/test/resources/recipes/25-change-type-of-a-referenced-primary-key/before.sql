-- Recipe: change type of a referenced primary key
-- A serial primary key running out of values becomes bigint while other tables keep referencing it: the shadow column gets a unique index built concurrently, and the swap hands the sequence over, makes the index the primary key and adds the referencing foreign keys back NOT VALID; they are validated after it, while writes go on.
CREATE TABLE customers (id serial PRIMARY KEY, name text NOT NULL);
CREATE TABLE invoices (id bigint PRIMARY KEY, customer_id int NOT NULL REFERENCES customers (id), total numeric(12,2) NOT NULL);
