-- Tests: a column is retyped while the same edit adds a check comparing it with another column: the check is added on the shadow column without a scan and validated after, so the type change stays online
CREATE TABLE ranges (id bigint PRIMARY KEY, lo bigint NOT NULL, hi int NOT NULL, CONSTRAINT ranges_ordered CHECK (lo <= hi));
