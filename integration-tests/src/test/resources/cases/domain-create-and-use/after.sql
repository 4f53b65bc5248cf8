-- Tests: new domains (checks, default, NOT NULL, collation, over an enum) used by new and existing columns
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE DOMAIN "Positive Money" AS numeric(10,2) DEFAULT 0 NOT NULL
    CONSTRAINT "positive" CHECK (VALUE >= 0) CONSTRAINT not_huge CHECK (VALUE < 1000000);
CREATE DOMAIN code AS text COLLATE "C" CHECK (VALUE ~ '^[A-Z]{3}$');
CREATE DOMAIN cheerful AS mood CHECK (VALUE <> 'sad');
CREATE TABLE products (id bigint PRIMARY KEY, price numeric(10,2), cost "Positive Money", currency code);
CREATE TABLE moods (id bigint PRIMARY KEY, m cheerful DEFAULT 'happy');
