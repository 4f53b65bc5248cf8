-- Tests: create an enum type together with a new table whose columns use it (NOT NULL with default, nullable); the type must be created before the table and dropped after it.
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped', 'cancelled');

CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers (id),
    status order_status NOT NULL DEFAULT 'new'::order_status,
    previous_status order_status
);
