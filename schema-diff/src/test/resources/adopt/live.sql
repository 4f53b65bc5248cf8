-- A live database as a team might have grown it by hand: awkward names included.
CREATE TYPE mood AS ENUM ('happy', 'sad', 'it''s complicated');
CREATE SEQUENCE invoice_numbers START 1000;
CREATE TABLE customers (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  "Email Address" text NOT NULL UNIQUE,
  "select" text,
  "quote""d" integer DEFAULT 0,
  feeling mood DEFAULT 'happy',
  "Größe" numeric(5, 2) CHECK ("Größe" > 0)
);
CREATE TABLE "Orders" (
  id bigserial PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  invoice integer NOT NULL DEFAULT nextval('invoice_numbers'),
  placed_at timestamptz NOT NULL DEFAULT now(),
  total numeric(10, 2) NOT NULL
);
CREATE INDEX "Orders_placed idx" ON "Orders" (placed_at DESC);
CREATE UNIQUE INDEX orders_invoice_key ON "Orders" (invoice) WHERE total > 0;
CREATE FUNCTION order_total(c bigint) RETURNS numeric LANGUAGE sql STABLE AS $$
  SELECT coalesce(sum(total), 0) FROM "Orders" WHERE customer_id = c
$$;
CREATE VIEW "customer totals" AS SELECT c.id, c."Email Address", order_total(c.id) AS total FROM customers c;
COMMENT ON TABLE customers IS 'People who buy; ''quoted'' comment';
INSERT INTO customers ("Email Address", "select", feeling, "Größe") VALUES ('a@example.com', 'x', 'sad', 1.5), ('b@example.com', NULL, 'happy', 2);
INSERT INTO "Orders" (customer_id, total) VALUES (1, 10), (1, 5.5), (2, 7);
CREATE SCHEMA billing;
CREATE TABLE billing.payments (
  id bigint PRIMARY KEY,
  order_id bigint NOT NULL REFERENCES public."Orders" (id),
  amount numeric(10, 2) NOT NULL
);
CREATE INDEX ON billing.payments (order_id);
INSERT INTO billing.payments VALUES (1, 1, 10);
-- Dovetail does not manage text search configurations yet: init names it in a warning and leaves it out.
CREATE TEXT SEARCH CONFIGURATION plain_english (COPY = pg_catalog.english);
