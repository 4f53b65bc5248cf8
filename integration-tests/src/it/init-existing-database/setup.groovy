import dev.dovetail.it.PluginFixture
// A database grown by hand: tables with rows, a foreign key, an index, a function, a view, awkward names.
PluginFixture.unmanagedDatabase(basedir.toPath(), 'live.properties', '''
CREATE TABLE customers (id bigserial PRIMARY KEY, email text NOT NULL UNIQUE, "Display Name" text);
CREATE TABLE "order" (
  id bigserial PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES customers (id),
  total numeric(10, 2) NOT NULL CHECK (total >= 0),
  placed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX order_customer_id_idx ON "order" (customer_id);
CREATE FUNCTION customer_total(c bigint) RETURNS numeric LANGUAGE sql STABLE
  AS $$ SELECT coalesce(sum(total), 0) FROM "order" WHERE customer_id = c $$;
CREATE VIEW "customer totals" AS SELECT id, email, customer_total(id) AS total FROM customers;
INSERT INTO customers (email, "Display Name") VALUES ('ada@example.com', 'Ada'), ('bob@example.com', 'Bob');
INSERT INTO "order" (customer_id, total) VALUES (1, 12.50), (1, 3), (2, 40);
''', ['migrations.baselineVersion': '1', 'flyway.baselineOnMigrate': 'true', 'flyway.baselineVersion': '1'])
return true
