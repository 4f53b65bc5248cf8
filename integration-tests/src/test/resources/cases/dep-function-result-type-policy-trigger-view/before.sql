-- Tests: a function changes its result type while a policy, a trigger's function and a view call it
CREATE FUNCTION current_tenant() RETURNS int LANGUAGE sql STABLE AS $$ SELECT 1 $$;
CREATE TABLE docs (id bigint PRIMARY KEY, tenant int NOT NULL);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_tenant ON docs USING (tenant = current_tenant());
CREATE FUNCTION docs_stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.tenant := current_tenant(); RETURN NEW; END $$;
CREATE TRIGGER docs_stamp BEFORE INSERT ON docs FOR EACH ROW EXECUTE FUNCTION docs_stamp();
CREATE VIEW my_docs AS SELECT id FROM docs WHERE tenant = current_tenant();
