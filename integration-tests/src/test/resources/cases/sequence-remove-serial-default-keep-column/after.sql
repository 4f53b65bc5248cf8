-- Tests: turn a serial column into a plain integer column: drop its nextval default and its owned sequence, keep the column and PK.
CREATE TABLE tickets (
    id integer PRIMARY KEY,
    subject text NOT NULL
);
