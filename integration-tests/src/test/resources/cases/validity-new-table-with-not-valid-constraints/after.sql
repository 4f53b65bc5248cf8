-- Tests: a new table's NOT VALID check and foreign keys (one to itself, one to another new table) stay NOT VALID: CREATE TABLE cannot hold them inline, so they are added after it, as pg_dump does; a dropped table's NOT VALID constraints come back NOT VALID in its down
CREATE TABLE customers (id bigint PRIMARY KEY, email text);
CREATE TABLE "Gift Cards" (code text PRIMARY KEY, balance numeric(10,2) CONSTRAINT "Balance positive" CHECK (balance >= 0));
CREATE TABLE "Orders" (
    id bigint PRIMARY KEY,
    customer_id bigint,
    parent_id bigint,
    gift_card text,
    total numeric(10,2) NOT NULL,
    CONSTRAINT orders_total_known CHECK (total > 0)
);
ALTER TABLE "Orders" ADD CONSTRAINT "Orders total small" CHECK (total < 1000) NOT VALID;
ALTER TABLE "Orders" ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
ALTER TABLE "Orders" ADD CONSTRAINT orders_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES "Orders" (id) DEFERRABLE INITIALLY DEFERRED NOT VALID;
ALTER TABLE "Orders" ADD CONSTRAINT "Orders gift card" FOREIGN KEY (gift_card) REFERENCES "Gift Cards" (code) NOT VALID;
COMMENT ON CONSTRAINT "Orders total small" ON "Orders" IS 'old orders may be larger';
CREATE INDEX orders_customer_id ON "Orders" (customer_id);
