-- migrations:rename table public.users to accounts
CREATE TABLE accounts (id bigserial PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES accounts);
