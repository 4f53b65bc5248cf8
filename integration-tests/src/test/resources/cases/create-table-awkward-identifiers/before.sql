CREATE SCHEMA "Sales";

CREATE TABLE "Sales"."UserAccounts" (
    "userId" integer PRIMARY KEY,
    "createdAt" timestamptz NOT NULL DEFAULT now(),
    "Email Address" text
);
