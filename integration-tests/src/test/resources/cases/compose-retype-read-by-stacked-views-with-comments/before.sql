-- Tests: a quoted column that two stacked views read (one with options and comments on it and its column) is retyped: the views read the old column until the swap, which drops them and creates them again on the new column, comments and options included
CREATE SCHEMA "Shop";
CREATE TABLE "Shop"."Order Lines" (id bigint PRIMARY KEY, "Qty" int NOT NULL, price numeric(10,2) NOT NULL);
CREATE INDEX "Order Lines by Qty" ON "Shop"."Order Lines" ("Qty");
CREATE VIEW "Shop".line_totals WITH (security_barrier) AS SELECT id, "Qty", "Qty" * price AS total FROM "Shop"."Order Lines";
COMMENT ON VIEW "Shop".line_totals IS 'one row per order line';
COMMENT ON COLUMN "Shop".line_totals.total IS 'quantity times price';
CREATE VIEW "Shop".big_lines AS SELECT id, total FROM "Shop".line_totals WHERE "Qty" > 100;
CREATE VIEW "Shop".prices AS SELECT id, price FROM "Shop"."Order Lines";
