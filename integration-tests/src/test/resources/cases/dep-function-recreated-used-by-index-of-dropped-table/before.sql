-- Tests: a function whose result type changes (dropped and created again) while the only object that uses it, an expression index, goes with its table in the same run: the table must go before the function is dropped (found by the exhaustive property run, seed -4971308327120714202)
CREATE FUNCTION "Score"(n bigint) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT abs($1 % 7)::integer $$;
CREATE TABLE "orders" (
  id bigint PRIMARY KEY,
  "amount" integer
);
CREATE INDEX "orders score" ON "orders" ("Score"(id));
