-- Tests: names holding Dovetail's dollar-quote tag ($dovetail$) inside the DO blocks and trigger functions the
-- recipes write (a batched backfill, a shadow column's sync trigger): the blocks are quoted with another tag.
CREATE TABLE "t$dovetail$x" (id bigint PRIMARY KEY, v integer, note text);
