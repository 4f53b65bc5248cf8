-- Tests: add a value to an enum used by a primary-key column that a foreign-key column of the same enum type references (the down must convert both sides of the FK).
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped', 'cancelled');

CREATE TABLE status_info (
    status order_status PRIMARY KEY,
    description text NOT NULL
);

CREATE TABLE orders (
    id integer PRIMARY KEY,
    status order_status NOT NULL REFERENCES status_info (status)
);
