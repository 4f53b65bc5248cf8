CREATE TABLE accounts (id bigint PRIMARY KEY);
CREATE TABLE "Transfers" (id bigint PRIMARY KEY, "Account Id" int, amount int);
