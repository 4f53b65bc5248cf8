CREATE TABLE documents (
    id bigint NOT NULL,
    title text DEFAULT '',
    created date,
    CONSTRAINT "title's length" CHECK (length(title) < 200)
);
CREATE TABLE notes (
    id bigint NOT NULL,
    body text
) INHERITS (documents);
