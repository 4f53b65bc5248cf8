-- Tests: add a unique expression index on lower(email) and a multi-expression index.
CREATE TABLE members (
    id integer PRIMARY KEY,
    email varchar(254) NOT NULL,
    first_name text,
    last_name text
);
CREATE UNIQUE INDEX members_lower_email_uidx ON members (lower(email));
CREATE INDEX members_full_name_idx ON members ((lower(last_name) || ' ' || lower(first_name)));
