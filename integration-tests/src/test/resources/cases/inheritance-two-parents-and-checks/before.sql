-- Tests: a child of two parents, in their order; a check added to one parent and dropped from the other reaches
-- the child by inheritance; a third parent is added to the child and its first one taken away.
-- (no NOT NULL on the inherited columns: see inheritance-table-leaves-parent on not-null constraint names.)
CREATE TABLE "Named" (name text, CONSTRAINT named_nonempty CHECK (name <> ''));
CREATE TABLE dated (created date, CONSTRAINT dated_past CHECK (created <= '2100-01-01'));
CREATE TABLE tagged (tags text[]);
CREATE TABLE posts (body text) INHERITS ("Named", dated);
