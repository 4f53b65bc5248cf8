-- Tests: two extensions updated, one in a schema with an awkward name, both used by columns and an index; each down refuses on purpose
CREATE SCHEMA "Ext Tools";
CREATE EXTENSION citext VERSION '1.6';
CREATE EXTENSION pg_trgm WITH SCHEMA "Ext Tools" VERSION '1.6';
CREATE TABLE users (id bigint PRIMARY KEY, email citext NOT NULL UNIQUE, name text);
CREATE INDEX users_name_trgm ON users USING gin (name "Ext Tools".gin_trgm_ops);
