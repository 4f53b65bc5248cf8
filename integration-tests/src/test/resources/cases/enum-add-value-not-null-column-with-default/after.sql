-- Tests: add a value to an enum used by a NOT NULL column with a default 'new'::order_status (the down must drop and restore the default around the type conversion).
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped', 'cancelled');

CREATE TABLE orders (
    id integer PRIMARY KEY,
    status order_status NOT NULL DEFAULT 'new'::order_status,
    fallback_status order_status DEFAULT 'paid'::order_status
);
