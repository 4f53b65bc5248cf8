CREATE SCHEMA "Sales Data";
CREATE TABLE "Sales Data"."Customer List" ("Id" bigint PRIMARY KEY, "E-mail" text NOT NULL DEFAULT 'none', note text);
CREATE INDEX "Customer List E-mail idx" ON "Sales Data"."Customer List" ("E-mail");
COMMENT ON COLUMN "Sales Data"."Customer List"."E-mail" IS 'where we write';
