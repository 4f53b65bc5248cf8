-- Tests: an int primary key running out of values, which two foreign keys (one ON DELETE CASCADE, one from its own table) reference, becomes bigint through a shadow column: its unique index is built concurrently on the shadow, and the swap drops the referencing keys, makes the index the primary key and adds them back without a scan, to be validated after the swap
CREATE TABLE orders (id int PRIMARY KEY, parent_id int, placed_at timestamptz NOT NULL DEFAULT now());
ALTER TABLE orders ADD CONSTRAINT orders_parent_fk FOREIGN KEY (parent_id) REFERENCES orders (id);
COMMENT ON CONSTRAINT orders_pkey ON orders IS 'one row per order';
CREATE TABLE order_items (id bigint PRIMARY KEY, order_id int NOT NULL REFERENCES orders (id) ON DELETE CASCADE, qty int NOT NULL);
COMMENT ON CONSTRAINT order_items_order_id_fkey ON order_items IS 'items go with their order';
