-- Recipe: add foreign key
-- Adding a foreign key checks every row while it blocks writes on both tables. NOT VALID adds it for new rows at once; VALIDATE CONSTRAINT checks the existing rows in a second migration without blocking writes. Its down drops the foreign key and adds it back NOT VALID, the state before the validation.
CREATE TABLE customers (id bigint PRIMARY KEY, email text);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric(10,2), placed_at timestamptz);
