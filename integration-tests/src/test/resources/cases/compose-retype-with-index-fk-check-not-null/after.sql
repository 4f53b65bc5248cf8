-- Tests: one edit retypes a column and adds an index, a foreign key, NOT NULL and a check on it; all are built on the shadow column, which takes the column's place at the swap
CREATE TABLE accounts (id bigint PRIMARY KEY);
CREATE TABLE "Transfers" (
  id bigint PRIMARY KEY,
  "Account Id" bigint NOT NULL CONSTRAINT "Transfers Account FK" REFERENCES accounts (id) CONSTRAINT account_positive CHECK ("Account Id" > 0 AND "Account Id" <> 42),
  amount int CHECK (amount <> 0)
);
COMMENT ON COLUMN "Transfers"."Account Id" IS 'who pays';
CREATE INDEX "Transfers by account" ON "Transfers" ("Account Id");
CREATE INDEX transfers_amount ON "Transfers" (amount);
