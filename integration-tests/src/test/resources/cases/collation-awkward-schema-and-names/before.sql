CREATE SCHEMA app;
CREATE TABLE app.people (
    id bigint PRIMARY KEY,
    name text NOT NULL
);
