-- Tests: an enum gains labels (one before the first) while a policy reads a column of it; the down removes them again
CREATE TYPE mood AS ENUM ('Mixed Case', 'happy', 'it''s', 'sad');
CREATE TABLE "select" (id bigint PRIMARY KEY, amount mood);
CREATE POLICY "Own ""rows""" ON "select" USING (amount IS NOT NULL);
