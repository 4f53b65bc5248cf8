CREATE TYPE "Order Status" AS ENUM ('Mixed Case', 'with space', 'new');

CREATE TABLE "Order Items" (
    "itemId" integer PRIMARY KEY,
    "Current Status" "Order Status" NOT NULL DEFAULT 'Mixed Case'::"Order Status",
    "select" "Order Status",
    CONSTRAINT "no ""new"" items" CHECK ("Current Status" <> 'new')
);
CREATE INDEX "idx Current Status" ON "Order Items" ("Current Status");
