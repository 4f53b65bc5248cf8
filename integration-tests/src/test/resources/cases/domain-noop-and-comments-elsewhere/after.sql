-- Tests: a domain with awkward names stays as it is while a column using it gets a comment
CREATE SCHEMA "Billing";
CREATE DOMAIN "Billing"."Amount ""cents""" AS bigint DEFAULT 0 CHECK (VALUE >= 0);
CREATE TABLE "Billing".invoices (id bigint PRIMARY KEY, total "Billing"."Amount ""cents""");
COMMENT ON COLUMN "Billing".invoices.total IS 'in cents';
