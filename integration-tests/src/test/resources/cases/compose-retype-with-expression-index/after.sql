-- Tests: a column is retyped while the same edit adds an expression index on it: the index is built concurrently on the shadow column, so the type change stays online
CREATE TABLE readings (id bigint PRIMARY KEY, value bigint NOT NULL);
CREATE INDEX readings_abs ON readings ((abs(value)));
