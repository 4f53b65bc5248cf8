CREATE TABLE orders (id bigint PRIMARY KEY, parent_id int, placed_at timestamptz NOT NULL DEFAULT now());
ALTER TABLE orders ADD CONSTRAINT orders_parent_fk FOREIGN KEY (parent_id) REFERENCES orders (id);
COMMENT ON CONSTRAINT orders_pkey ON orders IS 'one row per order';
CREATE TABLE order_items (id bigint PRIMARY KEY, order_id int NOT NULL REFERENCES orders (id) ON DELETE CASCADE, qty int NOT NULL);
COMMENT ON CONSTRAINT order_items_order_id_fkey ON order_items IS 'items go with their order';
