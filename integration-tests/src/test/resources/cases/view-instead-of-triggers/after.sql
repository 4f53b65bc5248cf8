CREATE TABLE people (id int PRIMARY KEY, name text, email text);
CREATE FUNCTION people_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO people (id, name) VALUES (NEW.id, NEW.name); RETURN NEW; END $$;
CREATE VIEW people_names AS SELECT id, name, email FROM people;
CREATE TRIGGER people_names_insert INSTEAD OF INSERT ON people_names FOR EACH ROW EXECUTE FUNCTION people_insert();
COMMENT ON TRIGGER people_names_insert ON people_names IS 'writes through';
CREATE VIEW "People ""All""" AS SELECT id, name, email FROM people;
CREATE TRIGGER "All update" INSTEAD OF UPDATE ON "People ""All""" FOR EACH ROW EXECUTE FUNCTION people_insert();
COMMENT ON TRIGGER "All update" ON "People ""All""" IS 'new';
