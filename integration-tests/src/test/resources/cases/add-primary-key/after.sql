-- Tests: add a default-named primary key on an existing NOT NULL column.
CREATE TABLE countries (
    code char(2) NOT NULL PRIMARY KEY,
    name text NOT NULL
);
