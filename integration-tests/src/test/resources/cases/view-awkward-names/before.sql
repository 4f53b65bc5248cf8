-- Tests: views and columns with mixed case, spaces, quotes, reserved words and Unicode, across schemas
CREATE SCHEMA "Reporting";
CREATE TABLE "Order Lines" ("Line ""No""" int PRIMARY KEY, "select" text, "größe" numeric);
CREATE VIEW "Reporting"."Lines ""All""" AS SELECT "Line ""No""", "select", "größe" FROM "Order Lines";
