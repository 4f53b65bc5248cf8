CREATE SCHEMA lookup;
CREATE SCHEMA sales;

CREATE TYPE lookup.order_status AS ENUM ('new', 'paid', 'shipped');

CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    status lookup.order_status NOT NULL DEFAULT 'new'::lookup.order_status
);

CREATE TABLE sales.invoices (
    id integer PRIMARY KEY,
    order_id integer NOT NULL REFERENCES public.orders (id),
    order_status lookup.order_status
);
