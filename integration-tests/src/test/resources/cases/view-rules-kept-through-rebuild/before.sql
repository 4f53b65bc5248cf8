-- Tests: a view's rules come back when the view is rebuilt around a retyped column, and a changed rule rebuilds its view
CREATE TABLE notes (id int PRIMARY KEY, body varchar(40));
CREATE VIEW note_bodies AS SELECT id, body FROM notes;
CREATE RULE note_bodies_insert AS ON INSERT TO note_bodies DO INSTEAD INSERT INTO notes VALUES (NEW.id, NEW.body);
COMMENT ON RULE note_bodies_insert ON note_bodies IS 'writes through';
CREATE VIEW "Note Ids" AS SELECT id FROM notes;
CREATE RULE "Ids delete" AS ON DELETE TO "Note Ids" DO INSTEAD NOTHING;
