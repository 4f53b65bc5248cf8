-- Tests: create citext in public and add a citext column (NOT NULL with a citext default) plus a unique index on it.
CREATE EXTENSION citext;

CREATE TABLE subscribers (
    id integer PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT now(),
    email citext NOT NULL DEFAULT ''::citext
);
CREATE UNIQUE INDEX subscribers_email_idx ON subscribers (email);
