-- Tests: add a comment to an existing table (COMMENT ON TABLE); the other table stays uncommented.
CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL
);
COMMENT ON TABLE customers IS 'People and companies that place orders.';

CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer REFERENCES customers (id)
);
