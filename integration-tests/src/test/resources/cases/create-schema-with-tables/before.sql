CREATE TABLE public.sales (
    id integer PRIMARY KEY,
    sold_on date NOT NULL,
    amount numeric(12,2) NOT NULL
);
