CREATE SCHEMA "Sales";

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
