CREATE SCHEMA "Reporting";
CREATE TABLE "Order Lines" ("Line ""No""" int PRIMARY KEY, "select" text, "größe" numeric);
CREATE VIEW "Reporting"."Lines ""All""" AS SELECT "Line ""No""", "select", "größe" FROM "Order Lines" WHERE "größe" > 0;
CREATE MATERIALIZED VIEW "Reporting"."Größen" AS SELECT "größe" AS "Größe", count(*) AS "Zahl" FROM "Reporting"."Lines ""All""" GROUP BY 1;
CREATE INDEX "Größen idx" ON "Reporting"."Größen" ("Größe");
COMMENT ON COLUMN "Reporting"."Lines ""All"""."select" IS 'it''s reserved';
