CREATE TABLE accounts (id bigint PRIMARY KEY);
CREATE TABLE transfers (
  id bigint PRIMARY KEY,
  account_id bigint NOT NULL CONSTRAINT transfers_account_fk REFERENCES accounts (id) CONSTRAINT transfers_account_positive CHECK (account_id > 0),
  amount int
);
CREATE INDEX transfers_account ON transfers (account_id);
