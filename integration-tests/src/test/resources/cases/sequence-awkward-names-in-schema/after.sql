-- Tests: create sequences "Billing"."Order Seq" and "Billing"."it's ""quoted"" seq" (space, mixed case, quotes), one used as a default and owned by a column.
CREATE SCHEMA "Billing";
CREATE SEQUENCE "Billing"."Order Seq" START WITH 100;
CREATE SEQUENCE "Billing"."it's ""quoted"" seq" AS integer;

CREATE TABLE "Billing"."Orders" (
    "orderId" integer PRIMARY KEY,
    "invoice no" bigint DEFAULT nextval('"Billing"."Order Seq"')
);
ALTER SEQUENCE "Billing"."Order Seq" OWNED BY "Billing"."Orders"."invoice no";
