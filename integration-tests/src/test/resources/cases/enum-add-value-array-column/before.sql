CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');

CREATE TABLE orders (
    id integer PRIMARY KEY,
    status order_status,
    history order_status[],
    allowed order_status[] NOT NULL DEFAULT '{new}'::order_status[]
);
