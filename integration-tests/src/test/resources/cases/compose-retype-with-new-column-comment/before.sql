CREATE TABLE "select" (
  id bigint PRIMARY KEY,
  "amount" text
);
CREATE INDEX ON "select" ("amount");
