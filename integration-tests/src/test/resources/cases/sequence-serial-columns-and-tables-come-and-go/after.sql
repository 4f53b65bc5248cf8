-- Tests: serial columns come and go with their sequences
CREATE TABLE a (x int, id bigserial);
CREATE TABLE fresh (id serial PRIMARY KEY, n int);
