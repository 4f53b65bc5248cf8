-- Tests: view options: security_barrier goes, check_option and security_invoker come, all in place
CREATE TABLE accounts (id bigint PRIMARY KEY, owner text NOT NULL, balance numeric NOT NULL DEFAULT 0);
CREATE VIEW my_accounts WITH (security_barrier) AS SELECT id, owner, balance FROM accounts WHERE owner = current_user;
CREATE VIEW rich AS SELECT id, balance FROM accounts WHERE balance > 1000 WITH LOCAL CHECK OPTION;
