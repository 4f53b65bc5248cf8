CREATE SCHEMA "Billing";
CREATE DOMAIN "Billing"."Amount ""cents""" AS bigint DEFAULT 0 CHECK (VALUE >= 0);
CREATE TABLE "Billing".invoices (id bigint PRIMARY KEY, total "Billing"."Amount ""cents""");
