CREATE TABLE t (id int PRIMARY KEY, legacy text, keep text);
CREATE VIEW v AS SELECT id, legacy FROM t;
