-- Tests: policies that call functions and read other tables: created after the function and the table they use, dropped before them; a function whose result changes (drop and create) and a table that goes take their policies' rebuild along
CREATE TABLE members (team int NOT NULL, member name NOT NULL, PRIMARY KEY (team, member));
CREATE FUNCTION current_team() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT coalesce(current_setting('app.team', true), '0')::bigint $$;
CREATE FUNCTION is_admin(who name) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT who = 'admin' $$;
CREATE TABLE tasks (id bigint PRIMARY KEY, team int NOT NULL, title text);
ALTER TABLE tasks ENABLE ROW LEVEL SECURITY;
CREATE POLICY tasks_team ON tasks USING (team = current_team());
CREATE POLICY tasks_members ON tasks FOR SELECT TO dovetail_pol_reader
  USING (EXISTS (SELECT 1 FROM members m WHERE m.team = tasks.team AND m.member = current_user));
CREATE POLICY tasks_not_banned ON tasks AS RESTRICTIVE USING (NOT is_admin(current_user));
CREATE TABLE teams (id int PRIMARY KEY, lead name);
ALTER TABLE teams ENABLE ROW LEVEL SECURITY;
CREATE POLICY teams_lead ON teams USING (lead = current_user OR is_admin(current_user)
  OR EXISTS (SELECT 1 FROM tasks t WHERE t.team = teams.id));
