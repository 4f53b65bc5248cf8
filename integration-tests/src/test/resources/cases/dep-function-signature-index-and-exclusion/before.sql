-- Tests: functions used by an expression index and an exclusion constraint change their argument type
CREATE FUNCTION norm(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(t) $$;
CREATE FUNCTION slot(d date) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT extract(doy FROM d)::int $$;
CREATE TABLE people (id bigint PRIMARY KEY, email varchar(200) NOT NULL);
CREATE UNIQUE INDEX people_email_norm ON people (norm(email));
CREATE TABLE shifts (id bigint PRIMARY KEY, day date NOT NULL, EXCLUDE USING btree (slot(day) WITH =));
