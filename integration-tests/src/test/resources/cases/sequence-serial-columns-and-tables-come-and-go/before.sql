CREATE TABLE a (x int);
CREATE TABLE gone (id serial PRIMARY KEY);
