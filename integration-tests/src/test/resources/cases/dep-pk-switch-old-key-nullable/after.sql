CREATE TABLE members (id int, uuid uuid PRIMARY KEY, name text);
