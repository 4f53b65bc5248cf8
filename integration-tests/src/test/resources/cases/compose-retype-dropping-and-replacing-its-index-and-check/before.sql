-- Tests: one edit retypes a column, drops one index and one check on it and redefines another index and check of the same names: only what the declared schema keeps is built on the shadow column
CREATE TABLE items (id bigint PRIMARY KEY, qty int NOT NULL, price int NOT NULL,
  CONSTRAINT items_qty_positive CHECK (qty > 0),
  CONSTRAINT items_qty_small CHECK (qty < 100000));
CREATE INDEX items_qty ON items (qty);
CREATE INDEX items_qty_price ON items (qty, price);
