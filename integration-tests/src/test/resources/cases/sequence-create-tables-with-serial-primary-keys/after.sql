-- Tests: create a table with a serial primary key and another with a bigserial primary key and an FK to the first.
CREATE TABLE settings (
    key text PRIMARY KEY,
    value text
);

CREATE TABLE authors (
    id serial PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE books (
    id bigserial PRIMARY KEY,
    author_id integer NOT NULL REFERENCES authors (id),
    title text NOT NULL
);
