-- Tests: a quoted mixed-case column is retyped while an expression index, a partial index and checks name it among columns whose names contain its own, with a string constant that spells it: only the column itself is moved to the shadow
CREATE TABLE "Sensor Data" ("Id" bigint PRIMARY KEY, "Value" int NOT NULL, "Value2" int, "Unit" text COLLATE "C",
  CONSTRAINT "Value range" CHECK ("Value" BETWEEN -1000 AND 1000 AND "Unit" <> 'Value'),
  CONSTRAINT "Value2 above" CHECK ("Value2" > "Value"));
CREATE INDEX "Sensor by |Value|" ON "Sensor Data" ((abs("Value")), "Unit" COLLATE "C");
CREATE INDEX "Sensor Value2" ON "Sensor Data" ("Value2") WHERE "Value" IS NOT NULL AND "Unit" = '"Value"';
