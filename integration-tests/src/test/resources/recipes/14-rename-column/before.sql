-- Recipe: rename column (hinted)
-- The declared schema states the rename with a hint, so the column keeps its values.
CREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL);
CREATE INDEX customers_email_idx ON customers (email);
