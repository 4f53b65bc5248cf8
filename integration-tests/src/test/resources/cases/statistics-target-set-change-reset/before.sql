-- Tests: a column's statistics target set, changed, reset (to the default); on an awkward column name; on a retyped column (kept); on a new column, a new table, a dropped column
CREATE TABLE orders (id bigint PRIMARY KEY, total numeric, status text, placed date, legacy text);
ALTER TABLE orders ALTER COLUMN status SET STATISTICS 500;
ALTER TABLE orders ALTER COLUMN placed SET STATISTICS 200;
ALTER TABLE orders ALTER COLUMN legacy SET STATISTICS 50;
CREATE TABLE "Odd Table" ("Select Me" int, "we""ird" text);
ALTER TABLE "Odd Table" ALTER COLUMN "we""ird" SET STATISTICS 0;
CREATE TABLE metrics (id bigint, value int, flag varchar(10));
ALTER TABLE metrics ALTER COLUMN value SET STATISTICS 1000;
ALTER TABLE metrics ALTER COLUMN flag SET STATISTICS 10;
