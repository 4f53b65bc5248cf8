-- Tests: the primary key moves to another column and the old key column becomes nullable
CREATE TABLE members (id int PRIMARY KEY, uuid uuid NOT NULL, name text);
