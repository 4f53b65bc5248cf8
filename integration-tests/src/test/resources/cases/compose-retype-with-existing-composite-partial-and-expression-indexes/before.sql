-- Tests: a column is retyped while indexes use it with other columns, with INCLUDE, in a predicate and in an expression: each index is built again concurrently on the shadow column and takes the old one's name at the swap
CREATE TABLE events (id bigint PRIMARY KEY, account int NOT NULL, kind text NOT NULL, at timestamptz NOT NULL DEFAULT now());
CREATE INDEX events_account_at ON events (account, at DESC);
CREATE INDEX events_kind_incl ON events (kind) INCLUDE (account);
CREATE INDEX events_recent_big ON events (at) WHERE account > 1000;
CREATE UNIQUE INDEX events_account_mod ON events ((account % 7), id);
COMMENT ON INDEX events_account_at IS 'newest events of an account first';
