-- Tests: two columns of one table are retyped in one edit, one keeping its index and gaining a check, the other gaining an index; each change builds on its own shadow column
CREATE TABLE metrics (id bigint PRIMARY KEY, a bigint CONSTRAINT metrics_a_small CHECK (a < 1000000), b int, note text);
CREATE INDEX metrics_a ON metrics (a);
CREATE INDEX metrics_b ON metrics (b);
