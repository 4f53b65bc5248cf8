CREATE FUNCTION next_code(p text) RETURNS varchar LANGUAGE sql AS $$ SELECT p || '-2' $$;
CREATE FUNCTION ok(n int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN n > 0 THEN 1 ELSE 0 END $$;
CREATE TABLE tickets (
  id int PRIMARY KEY,
  code text DEFAULT next_code('T'),
  n int CONSTRAINT tickets_n_ok CHECK (ok(n) = 1),
  m int
);
