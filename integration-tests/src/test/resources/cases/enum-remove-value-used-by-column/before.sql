CREATE TYPE grade AS ENUM ('a', 'b', 'c');

CREATE TABLE results (
    id integer PRIMARY KEY,
    grade grade NOT NULL DEFAULT 'a'::grade,
    previous_grade grade
);
CREATE INDEX results_grade_idx ON results (grade);
