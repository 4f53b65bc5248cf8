-- Tests: enabling and forcing row-level security together with new permissive, restrictive and command-specific policies for several roles, on an existing and on a new table (policies first, then enable)
CREATE TABLE documents (id bigint PRIMARY KEY, owner name NOT NULL, tenant int NOT NULL, archived boolean NOT NULL DEFAULT false, body text);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE documents FORCE ROW LEVEL SECURITY;
CREATE POLICY documents_owner ON documents USING (owner = current_user);
CREATE POLICY documents_read ON documents FOR SELECT TO dovetail_pol_reader, dovetail_pol_writer USING (NOT archived);
CREATE POLICY documents_insert ON documents FOR INSERT TO dovetail_pol_writer WITH CHECK (owner = current_user AND tenant > 0);
CREATE POLICY documents_update ON documents FOR UPDATE TO dovetail_pol_writer USING (owner = current_user) WITH CHECK (tenant > 0);
CREATE POLICY documents_delete ON documents FOR DELETE TO PUBLIC USING (archived);
CREATE POLICY documents_tenant ON documents AS RESTRICTIVE FOR ALL TO PUBLIC USING (tenant = current_setting('app.tenant', true)::int);
CREATE TABLE notes (id bigint PRIMARY KEY, author name NOT NULL);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_author ON notes AS PERMISSIVE FOR ALL TO dovetail_pol_reader USING (author = current_user) WITH CHECK (author = current_user);
