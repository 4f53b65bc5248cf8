-- Tests: a primary key moves to other columns and the foreign key referencing it is replaced to match
CREATE TABLE accounts (id bigint PRIMARY KEY, tenant int NOT NULL, number int NOT NULL);
CREATE TABLE entries (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts (id), tenant int NOT NULL, number int NOT NULL);
