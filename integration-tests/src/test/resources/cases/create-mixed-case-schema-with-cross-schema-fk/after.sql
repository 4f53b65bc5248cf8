-- Tests: create mixed-case schema "Sales" with mixed-case tables/columns and an FK into public.
CREATE TABLE public.customers (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE SCHEMA "Sales";

CREATE TABLE "Sales"."Invoices" (
    "invoiceId" integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    "customerId" integer NOT NULL REFERENCES public.customers (id) ON DELETE RESTRICT,
    "issuedAt" timestamptz NOT NULL DEFAULT now(),
    "Total" numeric(12,2) NOT NULL CHECK ("Total" >= 0)
);
CREATE INDEX "Invoices_customerId_idx" ON "Sales"."Invoices" ("customerId", "issuedAt" DESC);
