CREATE TABLE accounts (id bigint PRIMARY KEY, external_ref bigint NOT NULL CONSTRAINT accounts_external_ref_key UNIQUE, name text);
COMMENT ON CONSTRAINT accounts_external_ref_key ON accounts IS 'the id in the billing system';
