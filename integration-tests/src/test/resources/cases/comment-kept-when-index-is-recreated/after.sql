-- Tests: change an index's columns (drop + create) while its comment stays the same; the recreated index must get the comment back.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    status text NOT NULL,
    created_at timestamptz NOT NULL
);
CREATE INDEX orders_lookup_idx ON orders (customer_id, status, created_at) WHERE status <> 'archived';
COMMENT ON INDEX orders_lookup_idx IS 'Orders of a customer.';
