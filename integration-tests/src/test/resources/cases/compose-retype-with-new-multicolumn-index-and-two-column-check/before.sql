-- Tests: one edit retypes a column and adds an index on it with another column, a partial index whose predicate reads it, and a check comparing it with another column: all are built on the shadow column, so the type change stays online
CREATE TABLE ranges (id bigint PRIMARY KEY, lo int NOT NULL, hi bigint NOT NULL, label text);
