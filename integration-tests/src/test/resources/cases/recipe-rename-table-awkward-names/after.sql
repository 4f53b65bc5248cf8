-- migrations:rename table public."Order" to "Purchase Order"
CREATE TABLE "Purchase Order" ("Select" serial PRIMARY KEY, "Total" numeric NOT NULL);
CREATE TABLE line (id int PRIMARY KEY, "order" int REFERENCES "Purchase Order");
CREATE VIEW big AS SELECT "Select" FROM "Purchase Order" WHERE "Total" > 10;
