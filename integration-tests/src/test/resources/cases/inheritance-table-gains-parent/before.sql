-- Tests: a table that stays starts inheriting (ALTER TABLE … INHERIT): the parent's columns it lacks are added
-- first, and the parent's check, which INHERIT requires of it; the down stops inheriting and takes them off again.
-- (title is nullable here: a NOT NULL column the child only gets by INHERIT is added with a not-null constraint
-- PostgreSQL 18 names after the child, where a child created with INHERITS has it under the parent's name; Dovetail
-- does not model not-null constraint names, and the catalog fingerprint tells the two apart.)
CREATE TABLE documents (
    id bigint NOT NULL,
    title text DEFAULT '',
    created date,
    CONSTRAINT "title's length" CHECK (length(title) < 200)
);
CREATE TABLE notes (
    id bigint NOT NULL,
    body text
);
