CREATE TABLE t (id int PRIMARY KEY, keep text);
