CREATE TABLE "User Accounts" (
  id bigint PRIMARY KEY,
  "amount" bigint NOT NULL,
  "note" bigint
);
CREATE POLICY "Own ""rows""" ON "User Accounts" USING ("amount" IS NOT NULL);
