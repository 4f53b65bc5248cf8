-- Tests: before and after are identical (extensions in public and in schema "extensions", columns, defaults and indexes using them); the diff must be empty.
CREATE SCHEMA extensions;
CREATE EXTENSION citext;
CREATE EXTENSION pg_trgm WITH SCHEMA extensions;
CREATE EXTENSION hstore WITH SCHEMA extensions;
CREATE EXTENSION pgcrypto WITH SCHEMA extensions;
CREATE EXTENSION btree_gist;

CREATE TABLE members (
    id integer PRIMARY KEY,
    email citext NOT NULL UNIQUE,
    nickname text,
    prefs extensions.hstore,
    salt bytea NOT NULL DEFAULT extensions.gen_random_bytes(8),
    active_during tstzrange
);
CREATE INDEX members_nickname_trgm_idx ON members USING gin (nickname extensions.gin_trgm_ops);
CREATE INDEX members_prefs_idx ON members USING gin (prefs);
CREATE INDEX members_id_during_idx ON members USING gist (id, active_during);
