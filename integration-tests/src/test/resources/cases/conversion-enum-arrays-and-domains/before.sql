CREATE SCHEMA app;
CREATE TYPE app.color_old AS ENUM ('red', 'green');
CREATE TYPE app.color AS ENUM ('red', 'green', 'blue');
CREATE DOMAIN app.code_old AS text CHECK (VALUE <> '');
CREATE DOMAIN app.code AS varchar(20) CHECK (length(VALUE) > 0);
CREATE TABLE app.items (id bigint PRIMARY KEY, colors app.color_old[] NOT NULL DEFAULT '{}', code app.code_old);
CREATE INDEX items_code ON app.items (code);
