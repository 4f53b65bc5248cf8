CREATE TABLE plain (id bigint PRIMARY KEY, note text);
ALTER TABLE plain REPLICA IDENTITY FULL;
CREATE TABLE audited (id bigint PRIMARY KEY, note text);
ALTER TABLE audited REPLICA IDENTITY NOTHING;
CREATE TABLE quiet (id bigint, note text);
CREATE TABLE "Odd ""Table""" (id bigint);
CREATE TABLE arriving (id bigint, payload jsonb);
ALTER TABLE arriving REPLICA IDENTITY FULL;
