-- Tests: a column retyped through a shadow column (text to varchar(60), indexed) gets a comment in the same run; the swap's down must leave the comment as it was before the swap (found by the exhaustive property run, try 823)
CREATE TABLE "select" (
  id bigint PRIMARY KEY,
  "amount" varchar(60)
);
CREATE INDEX ON "select" ("amount");
COMMENT ON COLUMN "select"."amount" IS 'note 1 — it''s "quoted"';
