CREATE TABLE "User Accounts" (id bigint PRIMARY KEY, amount bigint, note text);
CREATE POLICY "Own ""rows""" ON "User Accounts" USING (amount IS NOT NULL);
