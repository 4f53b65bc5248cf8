CREATE SCHEMA "Sales";

CREATE TABLE "Sales"."order items" (
    "weird""name" text,
    "unit price" numeric(10,2) NOT NULL
);
