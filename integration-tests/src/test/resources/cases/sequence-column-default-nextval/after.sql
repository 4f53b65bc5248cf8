-- Tests: create a standalone sequence and make it an existing column's default (DEFAULT nextval('order_no_seq')); the sequence must exist before the default and outlive it on the way down.
CREATE SEQUENCE order_no_seq START WITH 10000;

CREATE TABLE orders (
    id bigint PRIMARY KEY,
    order_no bigint NOT NULL DEFAULT nextval('order_no_seq')
);
