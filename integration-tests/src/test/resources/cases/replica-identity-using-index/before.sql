-- Tests: REPLICA IDENTITY USING INDEX set, moved to another index, reset; kept while its index (and a unique key behind it) is dropped and created again in the same run; on a new table
CREATE TABLE accounts (id bigint NOT NULL, email text NOT NULL, name text);
CREATE UNIQUE INDEX accounts_email ON accounts (email);
CREATE TABLE members (id bigint NOT NULL, code text NOT NULL, CONSTRAINT members_code_key UNIQUE (code));
CREATE UNIQUE INDEX members_id ON members (id);
ALTER TABLE members REPLICA IDENTITY USING INDEX members_code_key;
CREATE TABLE devices (id bigint PRIMARY KEY, serial text NOT NULL);
ALTER TABLE devices REPLICA IDENTITY USING INDEX devices_pkey;
CREATE TABLE tokens (id bigint NOT NULL, value text NOT NULL, owner bigint);
CREATE UNIQUE INDEX tokens_value ON tokens (value);
ALTER TABLE tokens REPLICA IDENTITY USING INDEX tokens_value;
CREATE TABLE "Keys ""Odd""" (k int NOT NULL, v int NOT NULL, CONSTRAINT "Keys Unique" UNIQUE (k));
ALTER TABLE "Keys ""Odd""" REPLICA IDENTITY USING INDEX "Keys Unique";
