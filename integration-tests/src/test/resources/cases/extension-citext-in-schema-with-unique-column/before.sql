CREATE SCHEMA extensions;

CREATE TABLE users (
    id integer PRIMARY KEY,
    display_name text NOT NULL
);
