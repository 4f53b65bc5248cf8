CREATE TABLE docs (id bigint PRIMARY KEY, body text);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER docs_touch BEFORE UPDATE OF body ON docs FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER "Docs ""Audit""" AFTER INSERT ON docs FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER docs_delete BEFORE DELETE ON docs FOR EACH ROW EXECUTE FUNCTION touch();
COMMENT ON TRIGGER docs_touch ON docs IS 'keeps it fresh when the body changes';
COMMENT ON TRIGGER "Docs ""Audit""" ON docs IS 'audit';
COMMENT ON TRIGGER docs_delete ON docs IS 'on delete';
