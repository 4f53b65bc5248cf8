-- Tests: new SQL and PL/pgSQL functions, two overloads of one name, a procedure, a SQL function reading a table
CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(10,2) NOT NULL);
CREATE FUNCTION order_count() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM orders $$;
CREATE FUNCTION add(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT a + b';
CREATE FUNCTION add(a numeric, b numeric DEFAULT 0) RETURNS numeric LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  RETURN a + b; -- it's plpgsql
END;
$$;
CREATE PROCEDURE purge_orders(keep integer) LANGUAGE sql AS $$ DELETE FROM orders WHERE id > keep $$;
