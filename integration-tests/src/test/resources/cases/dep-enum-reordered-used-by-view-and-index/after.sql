CREATE TYPE prio AS ENUM ('low', 'medium', 'high');
CREATE TABLE tickets (id bigint PRIMARY KEY, p prio NOT NULL);
CREATE INDEX tickets_p ON tickets (p);
CREATE INDEX tickets_high ON tickets (id) WHERE p = 'high';
CREATE VIEW urgent AS SELECT id, p FROM tickets WHERE p = 'high';
