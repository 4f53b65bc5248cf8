CREATE SCHEMA "Sales";

CREATE TABLE "Sales"."Regions" (
    "regionId" integer PRIMARY KEY,
    "Name" text NOT NULL UNIQUE
);

CREATE TABLE "Sales"."order items" (
    id integer PRIMARY KEY,
    "regionName" text REFERENCES "Sales"."Regions" ("Name") ON UPDATE CASCADE,
    "Größe" integer
);
CREATE INDEX "order items_regionName_idx" ON "Sales"."order items" ("regionName");

CREATE TABLE public.keep (
    id integer PRIMARY KEY
);
