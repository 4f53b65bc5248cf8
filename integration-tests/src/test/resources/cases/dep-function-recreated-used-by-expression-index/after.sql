-- Tests: a function used by an expression index changes its result type and its argument name (drop and create)
CREATE FUNCTION "Score"("the n" bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT abs($1 % 7)::bigint $$;
CREATE TABLE "User Accounts" (id bigint PRIMARY KEY, amount boolean);
CREATE INDEX "User Accounts score" ON "User Accounts" ("Score"(id));
