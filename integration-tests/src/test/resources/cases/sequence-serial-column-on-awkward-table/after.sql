-- Tests: add a serial column "itemNo" to "Sales"."order items"; the implicit sequence is named "Sales"."order items_itemNo_seq".
CREATE SCHEMA "Sales";

CREATE TABLE "Sales"."order items" (
    "weird""name" text,
    "unit price" numeric(10,2) NOT NULL,
    "itemNo" serial
);
