CREATE TYPE status AS ENUM ('new', 'paid', 'void', 'gone');
CREATE TABLE orders (id int PRIMARY KEY, status status);
ALTER TABLE orders ADD CONSTRAINT orders_status_not_void CHECK (status <> 'void') NOT VALID;
ALTER TABLE orders ADD CONSTRAINT orders_status_known CHECK (status IS NOT NULL);
ALTER TABLE orders ADD CONSTRAINT orders_status_not_new CHECK (status <> 'new') NOT VALID;
