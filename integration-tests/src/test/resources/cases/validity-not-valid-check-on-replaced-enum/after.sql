-- Tests: NOT VALID checks on a column whose enum type is replaced (a label removed) are taken off and put back NOT VALID, beside a valid one put back valid, and one naming the type is validated in the same run
CREATE TYPE status AS ENUM ('new', 'paid', 'void');
CREATE TABLE orders (id int PRIMARY KEY, status status);
ALTER TABLE orders ADD CONSTRAINT orders_status_not_void CHECK (status <> 'void') NOT VALID;
ALTER TABLE orders ADD CONSTRAINT orders_status_known CHECK (status IS NOT NULL);
ALTER TABLE orders ADD CONSTRAINT orders_status_not_new CHECK (status <> 'new');
