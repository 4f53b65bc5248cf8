-- Tests: a text column becomes varchar(60) while the table's policy changes to read that column
CREATE TABLE "User Accounts" (id bigint PRIMARY KEY, amount bigint, note varchar(60));
CREATE POLICY "Own ""rows""" ON "User Accounts" USING (note IS NOT NULL);
