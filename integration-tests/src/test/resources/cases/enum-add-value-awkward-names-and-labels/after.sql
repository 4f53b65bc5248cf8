-- Tests: add labels with a quote, spaces, mixed case and Unicode to enum "Order Status" (public) used by a quoted column with default 'Mixed Case' in a quoted table; the down must quote the replacement type name.
CREATE TYPE "Order Status" AS ENUM ('it''s', 'Mixed Case', 'with space', 'données', 'new', 'ça va?');

CREATE TABLE "Order Items" (
    "itemId" integer PRIMARY KEY,
    "Current Status" "Order Status" NOT NULL DEFAULT 'Mixed Case'::"Order Status",
    "select" "Order Status",
    CONSTRAINT "no ""new"" items" CHECK ("Current Status" <> 'new')
);
CREATE INDEX "idx Current Status" ON "Order Items" ("Current Status");
