-- Tests: a check and a foreign key declared NOT VALID on a table with rows are added NOT VALID and never validated (rows that violate them stay); awkward names
CREATE TABLE customers (id bigint PRIMARY KEY, email text);
CREATE TABLE "Order Lines" (id bigint PRIMARY KEY, "Customer Id" bigint, quantity int, price numeric(10,2));
ALTER TABLE "Order Lines" ADD CONSTRAINT "Quantity positive" CHECK (quantity > 0) NOT VALID;
ALTER TABLE "Order Lines" ADD CONSTRAINT "Order Lines Customer FK" FOREIGN KEY ("Customer Id") REFERENCES customers (id) ON DELETE CASCADE NOT VALID;
ALTER TABLE "Order Lines" ADD CONSTRAINT price_known CHECK (price IS NOT NULL);
COMMENT ON CONSTRAINT "Quantity positive" ON "Order Lines" IS 'old rows may break it';
