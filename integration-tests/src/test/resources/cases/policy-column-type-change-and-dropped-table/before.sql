-- Tests: a policy naming a column whose type changes is dropped before and recreated after; a table with RLS and policies is dropped (RLS off and policies dropped first, so the down restores them); a policy naming a dropped column goes first
CREATE TABLE invoices (id bigint PRIMARY KEY, customer int NOT NULL, amount numeric(10,2), legacy_flag boolean);
ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY invoices_customer ON invoices FOR SELECT TO dovetail_pol_reader USING (customer = current_setting('app.customer')::int);
CREATE POLICY invoices_legacy ON invoices FOR DELETE USING (legacy_flag);
CREATE TABLE drafts (id bigint PRIMARY KEY, author name);
ALTER TABLE drafts ENABLE ROW LEVEL SECURITY;
ALTER TABLE drafts FORCE ROW LEVEL SECURITY;
CREATE POLICY drafts_author ON drafts USING (author = current_user);
COMMENT ON POLICY drafts_author ON drafts IS 'authors only';
