CREATE SCHEMA extensions;

CREATE TABLE shipments (
    id integer PRIMARY KEY,
    destination text NOT NULL
);
