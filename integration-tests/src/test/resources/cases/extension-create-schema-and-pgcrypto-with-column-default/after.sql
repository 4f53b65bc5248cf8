-- Tests: create schema "extensions", create pgcrypto WITH SCHEMA extensions, and add a column whose default calls extensions.gen_random_bytes(16).
CREATE SCHEMA extensions;
CREATE EXTENSION pgcrypto WITH SCHEMA extensions;

CREATE TABLE api_keys (
    id integer PRIMARY KEY,
    label text NOT NULL,
    secret bytea DEFAULT extensions.gen_random_bytes(16)
);
