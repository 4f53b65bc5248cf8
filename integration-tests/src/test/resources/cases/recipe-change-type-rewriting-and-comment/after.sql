-- Tests: a rewriting type change (through a shadow column) and a new comment on the same column: the swap's down gives the old column back the comment it had at the swap (found by the property test)
CREATE TABLE "User Accounts" (
  id bigint PRIMARY KEY,
  "amount" bigint NOT NULL,
  "note" numeric(12,2)
);
COMMENT ON COLUMN "User Accounts"."note" IS 'note 3 — it''s "quoted"';
CREATE POLICY "Own ""rows""" ON "User Accounts" USING ("amount" IS NOT NULL);
