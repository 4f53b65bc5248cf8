CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE "select" (id bigint PRIMARY KEY, amount mood);
CREATE POLICY "Own ""rows""" ON "select" USING (amount IS NOT NULL);
