CREATE TABLE "Order" ("Select" serial PRIMARY KEY, "Total" numeric NOT NULL);
CREATE TABLE line (id int PRIMARY KEY, "order" int REFERENCES "Order");
CREATE VIEW big AS SELECT "Select" FROM "Order" WHERE "Total" > 10;
