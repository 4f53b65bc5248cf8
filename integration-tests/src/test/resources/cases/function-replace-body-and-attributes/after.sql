-- Tests: a function used by a default gets a new body and attributes, replaced in place
CREATE FUNCTION price_with_tax(price numeric) RETURNS numeric LANGUAGE plpgsql STABLE STRICT SECURITY DEFINER AS $$
BEGIN
  RETURN round(price * 1.25, 2);
END;
$$;
CREATE TABLE items (id bigint PRIMARY KEY, price numeric, gross numeric DEFAULT price_with_tax(10));
