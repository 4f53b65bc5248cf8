-- Tests: create enum "Order Status" in schema "Sales" with labels needing escaping (it's, Mixed Case, with space, données, embedded double quote) and a table with a quoted column using it with a default.
CREATE SCHEMA "Sales";
CREATE TYPE "Sales"."Order Status" AS ENUM ('it''s', 'Mixed Case', 'with space', 'données', 'say "hi"', 'new');

CREATE TABLE "Sales"."Order Items" (
    "itemId" integer PRIMARY KEY,
    "Current Status" "Sales"."Order Status" NOT NULL DEFAULT 'it''s'::"Sales"."Order Status",
    "past statuses" "Sales"."Order Status"[]
);
