-- Tests: a trigger function with triggers on an existing and a new table, and a deferrable constraint trigger
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$$;
CREATE FUNCTION check_positive() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.qty <= 0 THEN RAISE EXCEPTION 'qty must be positive'; END IF;
  RETURN NULL;
END;
$$;
CREATE TABLE orders (id bigint PRIMARY KEY, updated_at timestamptz);
CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TABLE lines (id bigint PRIMARY KEY, qty int, updated_at timestamptz);
CREATE TRIGGER lines_touch BEFORE INSERT OR UPDATE ON lines FOR EACH ROW EXECUTE FUNCTION touch();
CREATE CONSTRAINT TRIGGER lines_positive AFTER INSERT OR UPDATE ON lines DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION check_positive();
