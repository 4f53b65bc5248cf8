CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE "select" (
  id bigint PRIMARY KEY,
  "amount" mood
);
CREATE VIEW "select view" AS SELECT id, "amount" FROM "select";
