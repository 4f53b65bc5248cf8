-- Tests: comments on a mixed-case schema and on a table, columns, constraints, an index and a sequence whose names need quoting (spaces, embedded quotes, reserved word).
CREATE SCHEMA "Sales";
COMMENT ON SCHEMA "Sales" IS 'Sales domain.';

CREATE TABLE "Sales"."UserAccounts" (
    "userId" integer PRIMARY KEY
);

CREATE TABLE "Sales"."order items" (
    "itemId" integer GENERATED ALWAYS AS IDENTITY,
    "userId" integer NOT NULL,
    "weird""name" text,
    "select" text,
    "unit price" numeric(10,2) NOT NULL,
    CONSTRAINT "order items_pk" PRIMARY KEY ("itemId"),
    CONSTRAINT "fk ""user"" account" FOREIGN KEY ("userId") REFERENCES "Sales"."UserAccounts" ("userId"),
    CONSTRAINT "Price>0" CHECK ("unit price" > 0)
);
CREATE INDEX "idx ""weird"" name" ON "Sales"."order items" ("weird""name");
CREATE SEQUENCE "Sales"."Order Seq";
COMMENT ON TABLE "Sales"."order items" IS 'Line items of an order.';
COMMENT ON COLUMN "Sales"."order items"."weird""name" IS 'Column with an embedded quote.';
COMMENT ON COLUMN "Sales"."order items"."select" IS 'Reserved word as a column name.';
COMMENT ON COLUMN "Sales"."order items"."unit price" IS 'Net, per unit.';
COMMENT ON CONSTRAINT "order items_pk" ON "Sales"."order items" IS 'Primary key.';
COMMENT ON CONSTRAINT "fk ""user"" account" ON "Sales"."order items" IS 'Owner of the item.';
COMMENT ON CONSTRAINT "Price>0" ON "Sales"."order items" IS 'No free items.';
COMMENT ON INDEX "Sales"."idx ""weird"" name" IS 'Index with an embedded quote.';
COMMENT ON SEQUENCE "Sales"."Order Seq" IS 'Sequence with a space in its name.';
