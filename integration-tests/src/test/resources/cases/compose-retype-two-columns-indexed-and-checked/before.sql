CREATE TABLE metrics (id bigint PRIMARY KEY, a int, b smallint, note text);
CREATE INDEX metrics_a ON metrics (a);
