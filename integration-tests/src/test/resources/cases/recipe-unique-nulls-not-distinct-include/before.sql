CREATE TABLE u (id int PRIMARY KEY, a int, b int);
