CREATE SCHEMA extensions;

CREATE TABLE customers (
    id integer PRIMARY KEY,
    full_name text NOT NULL,
    email text
);
