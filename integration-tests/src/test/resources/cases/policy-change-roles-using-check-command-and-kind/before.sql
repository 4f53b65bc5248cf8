-- Tests: changed policies: roles, USING and WITH CHECK altered in place (ALTER POLICY); a new command, a switch from permissive to restrictive and a removed WITH CHECK drop and create; RLS stays enabled, FORCE goes away
CREATE TABLE accounts (id bigint PRIMARY KEY, owner name NOT NULL, region text NOT NULL, balance numeric NOT NULL);
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
ALTER TABLE accounts FORCE ROW LEVEL SECURITY;
CREATE POLICY accounts_roles ON accounts FOR SELECT TO dovetail_pol_reader USING (true);
CREATE POLICY accounts_using ON accounts FOR UPDATE USING (owner = current_user) WITH CHECK (balance >= 0);
CREATE POLICY accounts_command ON accounts FOR DELETE USING (balance = 0);
CREATE POLICY accounts_kind ON accounts USING (region <> 'blocked');
CREATE POLICY accounts_check_removed ON accounts FOR ALL USING (owner = current_user) WITH CHECK (balance > 0);
CREATE POLICY accounts_gone ON accounts FOR INSERT WITH CHECK (balance >= 0);
