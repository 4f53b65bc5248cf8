CREATE SCHEMA "Billing";

CREATE TABLE "Billing"."Orders" (
    "orderId" integer PRIMARY KEY,
    "invoice no" bigint
);
