-- Tests: a rule whose action writes another table (DO ALSO INSERT INTO audit): created after the table it writes, dropped before it; a new table with its rule; a rule that calls a function of the schema
CREATE TABLE accounts (id bigint PRIMARY KEY, balance numeric NOT NULL);
CREATE TABLE old_audit (account_id bigint, balance numeric);
CREATE RULE accounts_audit_old AS ON UPDATE TO accounts DO ALSO INSERT INTO old_audit VALUES (NEW.id, NEW.balance);
