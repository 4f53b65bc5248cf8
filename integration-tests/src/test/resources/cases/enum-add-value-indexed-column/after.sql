-- Tests: add a value to an enum used by columns with indexes on them (single-column, unique multi-column, and a unique constraint).
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped', 'cancelled');

CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    status order_status NOT NULL
);
CREATE INDEX orders_status_idx ON orders (status);
CREATE UNIQUE INDEX orders_customer_status_idx ON orders (customer_id, status DESC);

CREATE TABLE status_labels (
    status order_status NOT NULL,
    label text NOT NULL,
    CONSTRAINT status_labels_status_key UNIQUE (status)
);
