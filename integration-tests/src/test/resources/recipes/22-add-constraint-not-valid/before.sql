-- Recipe: add constraint declared NOT VALID
-- A check or foreign key declared NOT VALID is added NOT VALID, as pg_dump would, and never validated: new rows are checked from now on, existing rows that break it stay and cannot fail the deploy. On a table created in the same run it is added after the CREATE TABLE, which cannot hold it. Declaring it valid later validates it in place (next recipe).
CREATE TABLE customers (id bigint PRIMARY KEY, email text);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric(10,2), placed_at timestamptz);
