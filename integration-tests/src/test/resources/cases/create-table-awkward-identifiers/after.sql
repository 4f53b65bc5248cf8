-- Tests: create a table named "order items" in schema "Sales" with quoted/space/reserved/embedded-quote names on columns, constraints and indexes.
CREATE SCHEMA "Sales";

CREATE TABLE "Sales"."UserAccounts" (
    "userId" integer PRIMARY KEY,
    "createdAt" timestamptz NOT NULL DEFAULT now(),
    "Email Address" text
);

CREATE TABLE "Sales"."order items" (
    "itemId" integer GENERATED ALWAYS AS IDENTITY,
    "userId" integer NOT NULL,
    "weird""name" text,
    "group" varchar(30),
    "unit price" numeric(10,2) NOT NULL,
    "dotted.col" smallint,
    CONSTRAINT "order items_pk" PRIMARY KEY ("itemId"),
    CONSTRAINT "fk ""user"" account" FOREIGN KEY ("userId") REFERENCES "Sales"."UserAccounts" ("userId") ON DELETE CASCADE,
    CONSTRAINT "Price>0" CHECK ("unit price" > 0),
    CHECK ("dotted.col" BETWEEN 1 AND 10)
);
CREATE INDEX "idx ""weird"" name" ON "Sales"."order items" ("weird""name") WHERE "group" IS NOT NULL;
CREATE UNIQUE INDEX "UQ_userId_group" ON "Sales"."order items" ("userId", "group");
CREATE INDEX ON "Sales"."order items" ("unit price");
