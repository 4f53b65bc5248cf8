CREATE TABLE accounts (id bigint PRIMARY KEY);
CREATE TABLE transfers (
  id bigint PRIMARY KEY,
  account_id bigint CONSTRAINT transfers_account_fk REFERENCES accounts (id) ON DELETE CASCADE,
  amount bigint NOT NULL,
  fee int NOT NULL,
  CONSTRAINT transfers_amount_positive CHECK (amount > 0),
  CONSTRAINT transfers_fee_below_amount CHECK (fee < amount)
);
ALTER TABLE transfers ADD CONSTRAINT transfers_amount_small CHECK (amount < 1000000) NOT VALID;
COMMENT ON CONSTRAINT transfers_amount_positive ON transfers IS 'no empty transfers';
