CREATE SCHEMA "Archive";
CREATE TABLE "Orders By Region" ("Region" text NOT NULL, "order ""id""" bigint NOT NULL) PARTITION BY LIST ("Region");
CREATE TABLE "Orders By Region EU" PARTITION OF "Orders By Region" FOR VALUES IN ('de', 'fr', 'it');
CREATE TABLE "Orders By Region US" PARTITION OF "Orders By Region" FOR VALUES IN ('us');
CREATE TABLE "Archive"."Orders By Region rest" PARTITION OF "Orders By Region" DEFAULT;
CREATE TABLE sessions ("user" bigint NOT NULL, token text) PARTITION BY HASH ("user");
CREATE TABLE sessions_0 PARTITION OF sessions FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE sessions_1 PARTITION OF sessions FOR VALUES WITH (MODULUS 2, REMAINDER 1);
