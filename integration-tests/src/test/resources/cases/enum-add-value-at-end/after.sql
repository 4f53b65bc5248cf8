-- Tests: add a value at the end of an enum used by a nullable column (the down must remove it again by replacing the type and converting the column).
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped', 'cancelled');

CREATE TABLE orders (
    id integer PRIMARY KEY,
    placed_at timestamptz NOT NULL DEFAULT now(),
    status order_status
);
