-- Tests: comments on triggers come and change, also on a trigger that is recreated and on a new one
CREATE TABLE docs (id bigint PRIMARY KEY, body text);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER docs_touch BEFORE UPDATE ON docs FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER "Docs ""Audit""" AFTER INSERT ON docs FOR EACH ROW EXECUTE FUNCTION touch();
COMMENT ON TRIGGER docs_touch ON docs IS 'keeps it fresh';
