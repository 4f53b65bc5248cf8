-- Tests: a trigger fires on more events and only for some columns, another is disabled, a third fires always
CREATE TABLE docs (id bigint PRIMARY KEY, body text, version int);
CREATE FUNCTION bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.version := coalesce(OLD.version, 0) + 1; RETURN NEW; END $$;
CREATE TRIGGER docs_bump BEFORE UPDATE OF body ON docs FOR EACH ROW WHEN (OLD.body IS DISTINCT FROM NEW.body) EXECUTE FUNCTION bump();
CREATE TRIGGER docs_bump_insert BEFORE INSERT ON docs FOR EACH ROW EXECUTE FUNCTION bump();
ALTER TABLE docs DISABLE TRIGGER docs_bump_insert;
CREATE TRIGGER docs_replica BEFORE DELETE ON docs FOR EACH ROW EXECUTE FUNCTION bump();
ALTER TABLE docs ENABLE ALWAYS TRIGGER docs_replica;
