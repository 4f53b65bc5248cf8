CREATE TABLE orders (
    id bigint PRIMARY KEY,
    order_no bigint NOT NULL
);
