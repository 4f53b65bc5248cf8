CREATE TABLE documents (id bigint PRIMARY KEY, tenant bigint NOT NULL, owner_id int NOT NULL, body text, touched timestamptz);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant isolation" ON documents USING (tenant = current_setting('app.tenant', true)::int);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.touched := now(); RETURN NEW; END $$;
CREATE TRIGGER touch_on_tenant_change BEFORE UPDATE OF tenant ON documents FOR EACH ROW EXECUTE FUNCTION touch();
COMMENT ON TRIGGER touch_on_tenant_change ON documents IS 'moving a document to another tenant touches it';
CREATE STATISTICS documents_tenant_owner (dependencies, ndistinct) ON tenant, owner_id FROM documents;
