CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    status text NOT NULL,
    created_at timestamptz NOT NULL
);
CREATE INDEX orders_lookup_idx ON orders (customer_id);
COMMENT ON INDEX orders_lookup_idx IS 'Orders of a customer.';
