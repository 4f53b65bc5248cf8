-- Tests: a comment on the public schema (which every database has, with a comment of its own since PostgreSQL 15) is set and changed like any schema's
CREATE TABLE notes (id bigint PRIMARY KEY, body text);
COMMENT ON SCHEMA public IS 'Application tables; see the "notes" service';
