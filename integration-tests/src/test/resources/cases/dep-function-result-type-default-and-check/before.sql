-- Tests: a function used by a column default and a check constraint changes its result type
CREATE FUNCTION next_code() RETURNS int LANGUAGE sql VOLATILE AS $$ SELECT 1 $$;
CREATE FUNCTION valid_qty(q int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT q > 0 $$;
CREATE TABLE stock (id bigint PRIMARY KEY, code int DEFAULT next_code(), qty int NOT NULL CHECK (valid_qty(qty)));
