-- Tests: children created with INHERITS: own columns, a column declared by the child and its parent both, a key
-- and an index of the child's own; the parent's check reaches them by inheritance, not as their own.
CREATE TABLE documents (
    id bigint NOT NULL,
    title text NOT NULL DEFAULT '',
    created date,
    CONSTRAINT "title's length" CHECK (length(title) < 200)
);
