-- Tests: remove the middle value of an enum used by a column with a default (no rows exist, so the type can be replaced and the column converted).
CREATE TYPE grade AS ENUM ('a', 'c');

CREATE TABLE results (
    id integer PRIMARY KEY,
    grade grade NOT NULL DEFAULT 'a'::grade,
    previous_grade grade
);
CREATE INDEX results_grade_idx ON results (grade);
