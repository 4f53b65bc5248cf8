CREATE TABLE members (
    id integer PRIMARY KEY,
    email varchar(254) NOT NULL,
    first_name text,
    last_name text
);
