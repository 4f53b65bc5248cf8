-- Tests: add two values at once (one in the middle, one at the end) to an enum used by a column.
CREATE TYPE order_status AS ENUM ('new', 'paid', 'packed', 'shipped', 'delivered');

CREATE TABLE orders (
    id integer PRIMARY KEY,
    status order_status
);
