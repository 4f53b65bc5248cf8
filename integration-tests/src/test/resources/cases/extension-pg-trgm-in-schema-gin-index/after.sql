-- Tests: create pg_trgm WITH SCHEMA extensions and add GIN indexes with the schema-qualified opclass extensions.gin_trgm_ops (one plain, one on an expression).
CREATE SCHEMA extensions;
CREATE EXTENSION pg_trgm WITH SCHEMA extensions;

CREATE TABLE customers (
    id integer PRIMARY KEY,
    full_name text NOT NULL,
    email text
);
CREATE INDEX customers_full_name_trgm_idx ON customers USING gin (full_name extensions.gin_trgm_ops);
CREATE INDEX customers_lower_email_trgm_idx ON customers USING gin (lower(email) extensions.gin_trgm_ops);
