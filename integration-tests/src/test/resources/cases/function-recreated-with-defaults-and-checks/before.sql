-- Tests: a function whose result type changes is dropped and created while defaults and checks call it; they are taken off and put back
CREATE FUNCTION next_code(p text) RETURNS text LANGUAGE sql AS $$ SELECT p || '-1' $$;
CREATE FUNCTION ok(n int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT n > 0 $$;
CREATE TABLE tickets (
  id int PRIMARY KEY,
  code text DEFAULT next_code('T'),
  old_code text DEFAULT next_code('O'),
  n int CONSTRAINT tickets_n_ok CHECK (ok(n)),
  m int CONSTRAINT tickets_m_ok CHECK (ok(m))
);
