-- Tests: add a value to an enum used by array columns order_status[] (one with a default '{new}'::order_status[]) and a plain column.
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped', 'cancelled');

CREATE TABLE orders (
    id integer PRIMARY KEY,
    status order_status,
    history order_status[],
    allowed order_status[] NOT NULL DEFAULT '{new}'::order_status[]
);
