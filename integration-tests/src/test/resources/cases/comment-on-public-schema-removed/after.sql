-- Tests: the comment of the public schema removed (COMMENT … IS NULL) and a comment on a table added in the same run
CREATE TABLE notes (id bigint PRIMARY KEY, body text);
COMMENT ON SCHEMA public IS NULL;
COMMENT ON TABLE notes IS 'Free text notes';
