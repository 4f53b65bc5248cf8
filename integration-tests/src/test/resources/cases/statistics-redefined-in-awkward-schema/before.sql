CREATE SCHEMA "Stats ""Area""";
CREATE TABLE "Stats ""Area"""."Daily Orders" (
    id bigint PRIMARY KEY,
    "Day" date NOT NULL,
    "select" text NOT NULL
);
CREATE STATISTICS "Stats ""Area"""."By ""Day""" (ndistinct) ON "Day", "select" FROM "Stats ""Area"""."Daily Orders";
