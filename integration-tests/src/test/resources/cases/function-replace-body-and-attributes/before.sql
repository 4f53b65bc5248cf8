CREATE FUNCTION price_with_tax(price numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT price * 1.2';
CREATE TABLE items (id bigint PRIMARY KEY, price numeric, gross numeric DEFAULT price_with_tax(10));
