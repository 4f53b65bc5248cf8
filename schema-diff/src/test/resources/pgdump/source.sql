-- The database the committed dumps were taken of (pg_dump 15 of PostgreSQL 15), and that the tests build
-- again to compare them with: tables with rows, a view, functions, an enum, indexes and sequences.
CREATE SCHEMA sales;

CREATE TYPE mood AS ENUM ('happy', 'ok', 'sad');

CREATE SEQUENCE invoice_number START 1000 INCREMENT 10;

CREATE TABLE customers (
  id bigserial PRIMARY KEY,
  name text NOT NULL,
  email text UNIQUE,
  mood mood NOT NULL DEFAULT 'ok',
  notes text CHECK (notes <> ''),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE customers IS 'People who buy; a backslash \ and a quote '' in a comment';

CREATE TABLE sales.orders (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  invoice integer NOT NULL DEFAULT nextval('invoice_number'),
  total numeric(12, 2) NOT NULL CHECK (total >= 0),
  placed_on date NOT NULL DEFAULT current_date
);
CREATE INDEX orders_customer_idx ON sales.orders (customer_id);
CREATE INDEX customers_lower_name_idx ON customers (lower(name)) WHERE email IS NOT NULL;

CREATE FUNCTION sales.order_total(customer bigint) RETURNS numeric
  LANGUAGE sql STABLE
  AS $$ SELECT coalesce(sum(total), 0) FROM sales.orders WHERE customer_id = customer $$;

CREATE FUNCTION touch_name() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
  /*
\connect elsewhere -- a backslash first on a line of a body is no meta-command
  */
  NEW.name := trim(E'\t' || NEW.name);
  RETURN NEW;
END
$body$;
CREATE TRIGGER customers_touch BEFORE INSERT OR UPDATE ON customers FOR EACH ROW EXECUTE FUNCTION touch_name();

CREATE VIEW sales.customer_totals AS
  SELECT c.id, c.name, sales.order_total(c.id) AS total FROM customers c;

INSERT INTO customers (name, email, mood, notes) VALUES
  ('Ada', 'ada@example.com', 'happy', E'line one\nline two with a \\ backslash'),
  ('Bob', NULL, 'sad', NULL),
  ('\.', 'dot@example.com', 'ok', 'a name that is a backslash and a dot');
INSERT INTO sales.orders (customer_id, total) VALUES (1, 10.50), (1, 4.25), (2, 99);
