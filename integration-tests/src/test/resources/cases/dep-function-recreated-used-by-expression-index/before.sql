CREATE FUNCTION "Score"(n bigint) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT abs($1 % 7)::integer $$;
CREATE TABLE "User Accounts" (id bigint PRIMARY KEY, amount boolean);
CREATE INDEX "User Accounts score" ON "User Accounts" ("Score"(id));
