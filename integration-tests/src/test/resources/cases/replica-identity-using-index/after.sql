CREATE TABLE accounts (id bigint NOT NULL, email text NOT NULL, name text);
CREATE UNIQUE INDEX accounts_email ON accounts (email);
ALTER TABLE accounts REPLICA IDENTITY USING INDEX accounts_email;
CREATE TABLE members (id bigint NOT NULL, code text NOT NULL, CONSTRAINT members_code_key UNIQUE (code));
CREATE UNIQUE INDEX members_id ON members (id);
ALTER TABLE members REPLICA IDENTITY USING INDEX members_id;
CREATE TABLE devices (id bigint PRIMARY KEY, serial text NOT NULL);
-- the index changes (INCLUDE), so it is dropped and created again: the identity must come back on the new one
CREATE TABLE tokens (id bigint NOT NULL, value text NOT NULL, owner bigint);
CREATE UNIQUE INDEX tokens_value ON tokens (value) INCLUDE (owner);
ALTER TABLE tokens REPLICA IDENTITY USING INDEX tokens_value;
-- the unique key changes columns under the same name
CREATE TABLE "Keys ""Odd""" (k int NOT NULL, v int NOT NULL, CONSTRAINT "Keys Unique" UNIQUE (k, v));
ALTER TABLE "Keys ""Odd""" REPLICA IDENTITY USING INDEX "Keys Unique";
CREATE TABLE sessions (id bigint NOT NULL, token text NOT NULL);
CREATE UNIQUE INDEX sessions_token ON sessions (token);
ALTER TABLE sessions REPLICA IDENTITY USING INDEX sessions_token;
