CREATE TABLE items (id bigint PRIMARY KEY, qty bigint NOT NULL, price int NOT NULL,
  CONSTRAINT items_qty_small CHECK (qty < 1000000000));
CREATE INDEX items_qty_price ON items (price, qty);
