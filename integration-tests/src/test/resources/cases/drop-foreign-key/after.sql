-- Tests: drop a default-named FK while keeping both tables, the column and its index.
CREATE TABLE vendors (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE purchase_orders (
    id integer PRIMARY KEY,
    vendor_id integer NOT NULL,
    amount numeric(12,2) NOT NULL
);
CREATE INDEX purchase_orders_vendor_id_idx ON purchase_orders (vendor_id);
