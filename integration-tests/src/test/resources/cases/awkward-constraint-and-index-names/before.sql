CREATE TABLE "UserAccounts" (
    "accountId" integer NOT NULL,
    "tenantId" integer NOT NULL,
    "Email" text NOT NULL,
    "Balance" numeric(12,2) NOT NULL DEFAULT 0,
    CONSTRAINT "PK ""UserAccounts""" PRIMARY KEY ("accountId"),
    CONSTRAINT "check ""Balance"" >= 0" CHECK ("Balance" >= 0)
);
CREATE INDEX "idx.dotted.name" ON "UserAccounts" ("tenantId");
