-- Tests: drop a schema whose table is referenced from public; the cross-schema FK is dropped, the column kept.
CREATE TABLE public.payments (
    id integer PRIMARY KEY,
    legacy_invoice_id integer,
    amount numeric(12,2) NOT NULL
);
