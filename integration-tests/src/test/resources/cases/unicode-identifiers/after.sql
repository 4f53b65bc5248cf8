-- Tests: Unicode identifiers: add a GIN index "数据_gin" and a named check "Größe_positiv" on table "café".
CREATE TABLE "café" (
    id integer PRIMARY KEY,
    "Größe" numeric(6,2),
    "数据" jsonb,
    CONSTRAINT "Größe_positiv" CHECK ("Größe" > 0)
);
CREATE INDEX "数据_gin" ON "café" USING gin ("数据");
