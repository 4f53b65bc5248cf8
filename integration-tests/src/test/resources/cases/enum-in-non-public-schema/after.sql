-- Tests: add a value to an enum in schema shop used by a table in the same schema (NOT NULL, default, array, index); the replacement type must be created in shop too.
CREATE SCHEMA shop;

CREATE TYPE shop.order_status AS ENUM ('new', 'paid', 'shipped', 'returned');

CREATE TABLE shop.orders (
    id integer PRIMARY KEY,
    status shop.order_status NOT NULL DEFAULT 'new'::shop.order_status,
    history shop.order_status[]
);
CREATE INDEX orders_status_idx ON shop.orders (status);
