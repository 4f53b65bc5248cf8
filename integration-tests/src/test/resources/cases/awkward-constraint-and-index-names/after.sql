-- Tests: awkward constraint/index names: add unique "uq ""email"" per tenant", change check "check ""Balance"" >= 0", drop index "idx.dotted.name", add "Idx Email Lower".
CREATE TABLE "UserAccounts" (
    "accountId" integer NOT NULL,
    "tenantId" integer NOT NULL,
    "Email" text NOT NULL,
    "Balance" numeric(12,2) NOT NULL DEFAULT 0,
    CONSTRAINT "PK ""UserAccounts""" PRIMARY KEY ("accountId"),
    CONSTRAINT "check ""Balance"" >= 0" CHECK ("Balance" >= -100),
    CONSTRAINT "uq ""email"" per tenant" UNIQUE ("tenantId", "Email")
);
CREATE INDEX "Idx Email Lower" ON "UserAccounts" (lower("Email"));
