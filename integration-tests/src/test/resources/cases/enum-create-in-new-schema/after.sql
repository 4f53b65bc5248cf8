-- Tests: create a schema, an enum type in it and a table in it using the enum (schema before type before table; reverse order on the down).
CREATE SCHEMA shop;
CREATE TYPE shop.order_status AS ENUM ('new', 'paid', 'shipped');

CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE shop.orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES public.customers (id),
    status shop.order_status NOT NULL DEFAULT 'new'::shop.order_status
);
