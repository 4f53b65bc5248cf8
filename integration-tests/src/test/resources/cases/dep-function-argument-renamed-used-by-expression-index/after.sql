-- Tests: a function used by an expression index only renames its argument (drop and create, same signature)
CREATE FUNCTION "Score"("the n" bigint) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT abs($1 % 7)::integer $$;
CREATE TABLE "User Accounts" (id bigint PRIMARY KEY, amount boolean);
CREATE INDEX "User Accounts score" ON "User Accounts" ("Score"(id));
