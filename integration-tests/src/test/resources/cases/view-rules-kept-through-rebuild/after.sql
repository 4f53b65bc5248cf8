CREATE TABLE notes (id int PRIMARY KEY, body text);
CREATE VIEW note_bodies AS SELECT id, body FROM notes;
CREATE RULE note_bodies_insert AS ON INSERT TO note_bodies DO INSTEAD INSERT INTO notes VALUES (NEW.id, NEW.body);
COMMENT ON RULE note_bodies_insert ON note_bodies IS 'writes through';
CREATE VIEW "Note Ids" AS SELECT id FROM notes;
CREATE RULE "Ids delete" AS ON DELETE TO "Note Ids" DO INSTEAD DELETE FROM notes WHERE id = OLD.id;
