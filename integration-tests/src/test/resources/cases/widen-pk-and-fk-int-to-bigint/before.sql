CREATE TABLE warehouses (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE stock (
    warehouse_id integer NOT NULL REFERENCES warehouses (id) ON DELETE CASCADE,
    sku varchar(20) NOT NULL,
    qty integer NOT NULL DEFAULT 0,
    PRIMARY KEY (warehouse_id, sku)
);
