-- Tests: create an enum type and add a column of that type with a default 'new'::order_status to an existing table.
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped', 'cancelled');

CREATE TABLE orders (
    id integer PRIMARY KEY,
    placed_at timestamptz NOT NULL DEFAULT now(),
    status order_status DEFAULT 'new'::order_status
);
