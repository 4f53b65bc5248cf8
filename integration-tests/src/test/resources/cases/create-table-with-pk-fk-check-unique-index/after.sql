-- Tests: create a table with PK, FK to an existing table, unnamed+named checks, unique constraint and two indexes.
CREATE TABLE authors (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE books (
    id integer PRIMARY KEY,
    author_id integer NOT NULL REFERENCES authors (id) ON DELETE CASCADE,
    isbn char(13) NOT NULL UNIQUE,
    title varchar(200) NOT NULL,
    price numeric(8,2) CHECK (price >= 0),
    published_on date,
    CONSTRAINT books_title_not_blank CHECK (btrim(title) <> '')
);
CREATE INDEX books_author_id_idx ON books (author_id);
CREATE INDEX ON books (published_on DESC);
