-- Tests: extensions in their own schema, a type from one, an opclass from another
CREATE SCHEMA extensions;
CREATE EXTENSION citext WITH SCHEMA extensions;
CREATE EXTENSION pg_trgm WITH SCHEMA extensions;
CREATE TABLE users (id bigint PRIMARY KEY, email extensions.citext NOT NULL);
CREATE INDEX users_email_trgm ON users USING gin ((email::text) extensions.gin_trgm_ops);
