CREATE TABLE documents (
    id bigint,
    title text DEFAULT '',
    created date,
    CONSTRAINT "title's length" CHECK (length(title) < 200)
);
CREATE TABLE memos (
    id bigint,
    body text
);
