CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped', 'cancelled');

CREATE TABLE orders (
    id integer PRIMARY KEY,
    placed_at timestamptz NOT NULL DEFAULT now(),
    status order_status NOT NULL DEFAULT 'new'::order_status
);
CREATE INDEX orders_status_idx ON orders (status);
