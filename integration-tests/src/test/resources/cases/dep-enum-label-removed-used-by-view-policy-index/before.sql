-- Tests: an enum loses a label while a view, a policy and an expression index all use the type
CREATE TYPE status AS ENUM ('new', 'open', 'closed', 'archived');
CREATE TABLE issues (id bigint PRIMARY KEY, st status NOT NULL DEFAULT 'new');
CREATE INDEX issues_open ON issues ((st = 'open'));
ALTER TABLE issues ENABLE ROW LEVEL SECURITY;
CREATE POLICY issues_live ON issues USING (st <> 'closed');
CREATE VIEW open_issues AS SELECT id, st FROM issues WHERE st = 'open';
