CREATE SCHEMA legacy;

CREATE TABLE legacy.invoices (
    id integer PRIMARY KEY,
    number varchar(30) NOT NULL
);

CREATE TABLE public.payments (
    id integer PRIMARY KEY,
    legacy_invoice_id integer REFERENCES legacy.invoices (id),
    amount numeric(12,2) NOT NULL
);
