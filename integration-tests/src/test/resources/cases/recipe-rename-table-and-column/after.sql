-- migrations:rename table users to accounts
-- migrations:rename column accounts.mail to email
CREATE TABLE accounts (id bigint PRIMARY KEY, email text);
