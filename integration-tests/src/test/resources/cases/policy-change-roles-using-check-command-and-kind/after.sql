-- Tests: changed policies: roles, USING and WITH CHECK altered in place (ALTER POLICY); a new command, a switch from permissive to restrictive and a removed WITH CHECK drop and create; RLS stays enabled, FORCE goes away
CREATE TABLE accounts (id bigint PRIMARY KEY, owner name NOT NULL, region text NOT NULL, balance numeric NOT NULL);
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY accounts_roles ON accounts FOR SELECT TO dovetail_pol_reader, dovetail_pol_writer USING (true);
CREATE POLICY accounts_using ON accounts FOR UPDATE USING (owner = current_user OR region = 'shared') WITH CHECK (balance >= -100);
CREATE POLICY accounts_command ON accounts FOR UPDATE USING (balance = 0);
CREATE POLICY accounts_kind ON accounts AS RESTRICTIVE USING (region <> 'blocked');
CREATE POLICY accounts_check_removed ON accounts FOR ALL USING (owner = current_user);
CREATE POLICY accounts_new ON accounts FOR INSERT TO dovetail_pol_writer WITH CHECK (balance >= 0 AND region <> '');
