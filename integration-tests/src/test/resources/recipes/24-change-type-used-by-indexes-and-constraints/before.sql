-- Recipe: change type of a column that indexes, checks and a foreign key use
-- An int key running out of values, in a composite index, an index predicate, a check and a foreign key: each is built again on the shadow column (indexes concurrently, constraints NOT VALID then validated) under a temporary name that the swap gives back, so the type change stays online.
CREATE TABLE accounts (id bigint PRIMARY KEY);
CREATE TABLE payments (
  id bigint PRIMARY KEY,
  account_id int NOT NULL CONSTRAINT payments_account_fk REFERENCES accounts (id),
  paid_at timestamptz NOT NULL,
  refunded boolean NOT NULL DEFAULT false,
  CONSTRAINT payments_account_positive CHECK (account_id > 0)
);
CREATE INDEX payments_account_paid_at ON payments (account_id, paid_at DESC);
CREATE INDEX payments_refunded_account ON payments (account_id) WHERE refunded;
