-- Tests: without includePrivileges (the default) privileges are neither read nor compared: before and after differ only in grants and revokes, and no migration is planned
CREATE TABLE ledger (id bigint PRIMARY KEY);
GRANT SELECT ON ledger TO dovetail_priv_reader;
