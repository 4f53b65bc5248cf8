CREATE TABLE "Ev""ents" (k text, "Count" bigint NOT NULL, PRIMARY KEY (k));
CREATE INDEX "Ev""ents_Count_idx" ON "Ev""ents" ("Count");
