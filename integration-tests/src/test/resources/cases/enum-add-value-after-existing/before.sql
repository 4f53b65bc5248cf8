CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped', 'delivered');

CREATE TABLE orders (
    id integer PRIMARY KEY,
    status order_status
);
