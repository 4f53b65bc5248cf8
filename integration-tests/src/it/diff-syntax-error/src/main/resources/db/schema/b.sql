-- Books by authors.
CREATE TABLE books (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    author_id  bigint NOT NULL REFERENCES authors (id)
);

CREAT INDEX books_author_id_idx ON books (author_id);
