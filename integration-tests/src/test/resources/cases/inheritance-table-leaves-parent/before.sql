-- Tests: a table that stays stops inheriting (ALTER TABLE … NO INHERIT): the columns it had from its parent stay
-- its own, the ones no longer declared are dropped after, and so is the parent's check.
-- (no NOT NULL on the inherited columns: a not-null constraint keeps its parent's name when the table stops
-- inheriting, where a table declared on its own has it under its own; see inheritance-table-gains-parent.)
CREATE TABLE documents (
    id bigint,
    title text DEFAULT '',
    created date,
    CONSTRAINT "title's length" CHECK (length(title) < 200)
);
CREATE TABLE memos (body text) INHERITS (documents);
