CREATE TABLE accounts (id bigint PRIMARY KEY, balance numeric NOT NULL);
CREATE TABLE audit (account_id bigint, balance numeric, at timestamptz DEFAULT now());
CREATE FUNCTION rounded(v numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT round(v, 2) $$;
CREATE RULE accounts_audit AS ON UPDATE TO accounts DO ALSO INSERT INTO audit (account_id, balance) VALUES (NEW.id, rounded(NEW.balance));
CREATE TABLE transfers (id bigint PRIMARY KEY, amount numeric);
CREATE RULE transfers_audit AS ON INSERT TO transfers DO ALSO INSERT INTO audit (account_id, balance) VALUES (NEW.id, NEW.amount);
