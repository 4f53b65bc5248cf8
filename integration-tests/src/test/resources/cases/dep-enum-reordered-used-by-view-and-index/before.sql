-- Tests: an enum's labels are reordered while a view filters on it and a partial index uses it
CREATE TYPE prio AS ENUM ('low', 'high', 'medium');
CREATE TABLE tickets (id bigint PRIMARY KEY, p prio NOT NULL);
CREATE INDEX tickets_p ON tickets (p);
CREATE INDEX tickets_high ON tickets (id) WHERE p = 'high';
CREATE VIEW urgent AS SELECT id, p FROM tickets WHERE p = 'high';
