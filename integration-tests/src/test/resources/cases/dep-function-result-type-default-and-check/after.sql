CREATE FUNCTION next_code() RETURNS bigint LANGUAGE sql VOLATILE AS $$ SELECT 1::bigint $$;
CREATE FUNCTION valid_qty(q bigint) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT q > 0 $$;
CREATE TABLE stock (id bigint PRIMARY KEY, code int DEFAULT next_code(), qty int NOT NULL CHECK (valid_qty(qty)));
