CREATE TABLE notes (id bigint PRIMARY KEY, body text);
COMMENT ON SCHEMA public IS 'Owned by the notes team';
