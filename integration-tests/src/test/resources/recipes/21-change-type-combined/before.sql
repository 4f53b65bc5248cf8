-- Recipe: change type, combined with what builds on the column
-- One edit retypes a column and adds an index, a foreign key, NOT NULL and a check on it: each is built on the shadow column that takes the column's place at the swap, so the whole edit stays online.
CREATE TABLE accounts (id bigint PRIMARY KEY);
CREATE TABLE transfers (id bigint PRIMARY KEY, account_id int, amount int);
