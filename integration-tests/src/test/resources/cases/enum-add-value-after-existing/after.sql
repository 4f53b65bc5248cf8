-- Tests: add a value AFTER an existing value (in the middle) of an enum used by a column; label order must be kept.
CREATE TYPE order_status AS ENUM ('new', 'paid', 'packed', 'shipped', 'delivered');

CREATE TABLE orders (
    id integer PRIMARY KEY,
    status order_status
);
