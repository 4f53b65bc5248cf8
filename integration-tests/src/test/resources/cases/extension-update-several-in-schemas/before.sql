CREATE SCHEMA "Ext Tools";
CREATE EXTENSION citext VERSION '1.4';
CREATE EXTENSION pg_trgm WITH SCHEMA "Ext Tools" VERSION '1.3';
CREATE TABLE users (id bigint PRIMARY KEY, email citext NOT NULL UNIQUE, name text);
CREATE INDEX users_name_trgm ON users USING gin (name "Ext Tools".gin_trgm_ops);
