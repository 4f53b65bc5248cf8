-- migrations:rename column "Sales Data"."Customer List"."E-mail" to "Mail Address"
CREATE SCHEMA "Sales Data";
CREATE TABLE "Sales Data"."Customer List" ("Id" bigint PRIMARY KEY, "Mail Address" text NOT NULL DEFAULT 'none', note text);
CREATE INDEX "Customer List E-mail idx" ON "Sales Data"."Customer List" ("Mail Address");
COMMENT ON COLUMN "Sales Data"."Customer List"."Mail Address" IS 'where we write';
