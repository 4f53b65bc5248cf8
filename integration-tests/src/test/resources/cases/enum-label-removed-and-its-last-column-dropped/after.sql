-- Tests: an enum loses a label while the run drops every column of it (a plain one, an array, a dropped table's); the type's
-- replacement drops the old type, so it waits in the contract phase for the column drops. Found by the exhaustive
-- property test (shrunk: one column, one label removed).
CREATE TYPE mood AS ENUM ('sad');
CREATE TABLE t1 (
  id bigint PRIMARY KEY,
  note text
);
CREATE TABLE t2 (
  id bigint PRIMARY KEY
);
