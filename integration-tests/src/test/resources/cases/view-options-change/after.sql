CREATE TABLE accounts (id bigint PRIMARY KEY, owner text NOT NULL, balance numeric NOT NULL DEFAULT 0);
CREATE VIEW my_accounts WITH (security_invoker = true) AS SELECT id, owner, balance FROM accounts WHERE owner = current_user WITH CASCADED CHECK OPTION;
CREATE VIEW rich AS SELECT id, balance FROM accounts WHERE balance > 1000;
