-- Tests: change a referenced PK column and its referencing FK column from integer to bigint.
CREATE TABLE warehouses (
    id bigint PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE stock (
    warehouse_id bigint NOT NULL REFERENCES warehouses (id) ON DELETE CASCADE,
    sku varchar(20) NOT NULL,
    qty integer NOT NULL DEFAULT 0,
    PRIMARY KEY (warehouse_id, sku)
);
