-- Tests: one edit retypes a column (through a shadow column) and adds a NOT VALID foreign key and a NOT VALID check on it: both are built on the shadow column and stay NOT VALID after the swap
CREATE TABLE accounts (id bigint PRIMARY KEY);
CREATE TABLE "Transfers" (id bigint PRIMARY KEY, "Account Id" bigint, amount int);
ALTER TABLE "Transfers" ADD CONSTRAINT "Transfers Account FK" FOREIGN KEY ("Account Id") REFERENCES accounts (id) NOT VALID;
ALTER TABLE "Transfers" ADD CONSTRAINT account_positive CHECK ("Account Id" > 0) NOT VALID;
