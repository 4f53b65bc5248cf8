-- Tests: an enum column moved to another enum whose labels differ, mapped by CASE both ways; the old type goes after
-- the column has left it.
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE people (id integer PRIMARY KEY, state mood NOT NULL DEFAULT 'happy');
