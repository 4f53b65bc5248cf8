CREATE TABLE orders (id bigint PRIMARY KEY, total numeric, status text, placed date, note text);
ALTER TABLE orders ALTER COLUMN total SET STATISTICS 300;
ALTER TABLE orders ALTER COLUMN status SET STATISTICS 800;
ALTER TABLE orders ALTER COLUMN note SET STATISTICS 150;
CREATE TABLE "Odd Table" ("Select Me" int, "we""ird" text);
ALTER TABLE "Odd Table" ALTER COLUMN "Select Me" SET STATISTICS 250;
-- value is retyped (a rewrite) and keeps its target; flag is retyped without a rewrite and changes its target
CREATE TABLE metrics (id bigint, value bigint, flag varchar(20));
ALTER TABLE metrics ALTER COLUMN value SET STATISTICS 1000;
ALTER TABLE metrics ALTER COLUMN flag SET STATISTICS 20;
CREATE TABLE fresh (id bigint, payload text);
ALTER TABLE fresh ALTER COLUMN payload SET STATISTICS 400;
