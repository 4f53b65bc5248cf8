-- Tests: create citext WITH SCHEMA extensions (schema already exists) and add a column of type extensions.citext with a UNIQUE constraint.
CREATE SCHEMA extensions;
CREATE EXTENSION citext WITH SCHEMA extensions;

CREATE TABLE users (
    id integer PRIMARY KEY,
    display_name text NOT NULL,
    login extensions.citext,
    CONSTRAINT users_login_key UNIQUE (login)
);
