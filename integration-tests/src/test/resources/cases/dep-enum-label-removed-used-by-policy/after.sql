CREATE TYPE visibility AS ENUM ('public', 'secret');
CREATE TABLE notes (id bigint PRIMARY KEY, vis visibility NOT NULL);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_public ON notes FOR SELECT USING (vis = 'public');
