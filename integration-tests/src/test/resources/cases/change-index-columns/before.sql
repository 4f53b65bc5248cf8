CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    created_at timestamptz NOT NULL,
    status text NOT NULL
);
CREATE INDEX orders_lookup_idx ON orders (customer_id);
