-- Tests: add a value to an enum used by columns with CHECK constraints comparing to enum values (the down must recreate the checks around the type conversion).
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped', 'cancelled', 'refunded');

CREATE TABLE orders (
    id integer PRIMARY KEY,
    status order_status NOT NULL,
    paid_at timestamptz,
    CONSTRAINT orders_not_cancelled CHECK (status <> 'cancelled'),
    CONSTRAINT orders_paid_at_check CHECK (status < 'paid' OR paid_at IS NOT NULL)
);
