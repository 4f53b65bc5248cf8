-- Tests: change column type text -> varchar(120) on one column and varchar(500) -> text on another.
CREATE TABLE articles (
    id integer PRIMARY KEY,
    title varchar(120) NOT NULL,
    body text
);
