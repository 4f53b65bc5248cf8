-- Tests: a parent's column changes pass on to its child: a column added, one dropped, one retyped, a default
-- changed; the child gets no change of its own for them, only for its own column.
CREATE TABLE items (
    id integer NOT NULL,
    price integer,
    legacy text,
    label text DEFAULT 'x'
);
CREATE TABLE books (isbn text) INHERITS (items);
