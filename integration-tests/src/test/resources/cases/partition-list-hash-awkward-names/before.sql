-- Tests: list partitions with a default and hash partitions, with awkward names and a partition in another schema
CREATE SCHEMA "Archive";
CREATE TABLE "Orders By Region" ("Region" text NOT NULL, "order ""id""" bigint NOT NULL) PARTITION BY LIST ("Region");
CREATE TABLE "Orders By Region EU" PARTITION OF "Orders By Region" FOR VALUES IN ('de', 'fr');
CREATE TABLE "Archive"."Orders By Region rest" PARTITION OF "Orders By Region" DEFAULT;
