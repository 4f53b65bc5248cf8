CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');

CREATE TABLE status_info (
    status order_status PRIMARY KEY,
    description text NOT NULL
);

CREATE TABLE orders (
    id integer PRIMARY KEY,
    status order_status NOT NULL REFERENCES status_info (status)
);
