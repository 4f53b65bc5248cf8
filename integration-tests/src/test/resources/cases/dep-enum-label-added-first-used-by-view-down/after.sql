-- Tests: an enum gains a label before the others while a view reads a column of it; the down (which replaces the type, PostgreSQL cannot remove a label) must take the view off and put it back (found by the exhaustive property run, try 1293)
CREATE TYPE mood AS ENUM ('it''s', 'happy', 'sad');
CREATE TABLE "select" (
  id bigint PRIMARY KEY,
  "amount" mood,
  "createdAt" date
);
CREATE VIEW "select view" AS SELECT id, "amount" FROM "select";
