-- Tests: a column a rule uses is retyped (PostgreSQL refuses while the rule exists): the rule is dropped before and created again after, in plain form and through the shadow-column recipe; a column only the table's other rule reads is dropped with that rule
CREATE TABLE items (id integer PRIMARY KEY, qty integer NOT NULL, note text);
CREATE TABLE item_log (item_id integer, qty integer);
CREATE RULE items_log_qty AS ON UPDATE TO items WHERE NEW.qty <> OLD.qty DO ALSO INSERT INTO item_log VALUES (NEW.id, NEW.qty);
CREATE RULE items_note_guard AS ON UPDATE TO items WHERE NEW.note IS NULL DO INSTEAD NOTHING;
