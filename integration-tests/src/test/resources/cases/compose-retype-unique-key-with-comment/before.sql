-- Tests: a column with a unique constraint (and a comment on it) is retyped through a shadow column: the unique index is built concurrently on the shadow and becomes the constraint in the swap
CREATE TABLE accounts (id bigint PRIMARY KEY, external_ref int NOT NULL CONSTRAINT accounts_external_ref_key UNIQUE, name text);
COMMENT ON CONSTRAINT accounts_external_ref_key ON accounts IS 'the id in the billing system';
