CREATE TABLE "Sensor Data" ("Id" bigint PRIMARY KEY, "Value" bigint NOT NULL, "Value2" int, "Unit" text COLLATE "C",
  CONSTRAINT "Value range" CHECK ("Value" BETWEEN -1000 AND 1000 AND "Unit" <> 'Value'),
  CONSTRAINT "Value2 above" CHECK ("Value2" > "Value"));
CREATE INDEX "Sensor by |Value|" ON "Sensor Data" ((abs("Value")), "Unit" COLLATE "C");
CREATE INDEX "Sensor Value2" ON "Sensor Data" ("Value2") WHERE "Value" IS NOT NULL AND "Unit" = '"Value"';
