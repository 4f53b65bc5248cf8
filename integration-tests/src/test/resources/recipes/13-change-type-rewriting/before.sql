-- Recipe: change type, rewriting
-- int to bigint, text to int: the table and its indexes are rewritten under an ACCESS EXCLUSIVE lock.
CREATE TABLE events (id bigint PRIMARY KEY, counter int NOT NULL DEFAULT 0);
