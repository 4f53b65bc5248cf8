-- Tests: add a value at the end of an enum type that no column uses.
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped', 'cancelled');

CREATE TABLE orders (
    id integer PRIMARY KEY,
    note text
);
