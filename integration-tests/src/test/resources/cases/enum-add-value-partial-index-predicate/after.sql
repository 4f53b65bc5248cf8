-- Tests: add a value to an enum used by a column that appears in partial-index predicates comparing to enum values (WHERE status = 'new', IN (...)).
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped', 'cancelled');

CREATE TABLE orders (
    id integer PRIMARY KEY,
    placed_at timestamptz NOT NULL,
    status order_status NOT NULL
);
CREATE INDEX orders_new_idx ON orders (placed_at) WHERE status = 'new';
CREATE INDEX orders_open_idx ON orders (id) WHERE status IN ('new', 'paid');
