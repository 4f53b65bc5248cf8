-- Tests: a column is retyped while the same edit adds a check comparing it with another column: planned in place, flagged, and round-trips
CREATE TABLE ranges (id bigint PRIMARY KEY, lo bigint NOT NULL, hi int NOT NULL, CONSTRAINT ranges_ordered CHECK (lo <= hi));
