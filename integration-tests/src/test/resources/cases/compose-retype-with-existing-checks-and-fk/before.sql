-- Tests: a column that existing checks (one NOT VALID, one comparing it with another column) and a foreign key on it alone involve is retyped: each is added again on the shadow column, NOT VALID then validated where it was valid, and takes the old one's name at the swap
CREATE TABLE accounts (id bigint PRIMARY KEY);
CREATE TABLE transfers (
  id bigint PRIMARY KEY,
  account_id int CONSTRAINT transfers_account_fk REFERENCES accounts (id) ON DELETE CASCADE,
  amount int NOT NULL,
  fee int NOT NULL,
  CONSTRAINT transfers_amount_positive CHECK (amount > 0),
  CONSTRAINT transfers_fee_below_amount CHECK (fee < amount)
);
ALTER TABLE transfers ADD CONSTRAINT transfers_amount_small CHECK (amount < 1000000) NOT VALID;
COMMENT ON CONSTRAINT transfers_amount_positive ON transfers IS 'no empty transfers';
