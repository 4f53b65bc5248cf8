CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');

CREATE TABLE orders (
    id integer PRIMARY KEY,
    placed_at timestamptz NOT NULL,
    status order_status NOT NULL
);
CREATE INDEX orders_new_idx ON orders (placed_at) WHERE status = 'new';
CREATE INDEX orders_open_idx ON orders (id) WHERE status IN ('new', 'paid');
