-- Tests: statistics with awkward names in a schema with an awkward name are redefined (other kinds, other target: dropped and created again) and a new one on a new column is added.
CREATE SCHEMA "Stats ""Area""";
CREATE TABLE "Stats ""Area"""."Daily Orders" (
    id bigint PRIMARY KEY,
    "Day" date NOT NULL,
    "select" text NOT NULL,
    "Note" text
);
CREATE STATISTICS "Stats ""Area"""."By ""Day""" (mcv, dependencies) ON "Day", "select" FROM "Stats ""Area"""."Daily Orders";
ALTER STATISTICS "Stats ""Area"""."By ""Day""" SET STATISTICS 250;
CREATE STATISTICS "Stats ""Area""".order ON "select", "Note" FROM "Stats ""Area"""."Daily Orders";
