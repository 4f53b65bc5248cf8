-- Tests: add nullable columns without defaults (varchar with length, bytea).
CREATE TABLE profiles (
    id integer PRIMARY KEY,
    username varchar(40) NOT NULL,
    nickname varchar(40),
    avatar bytea
);
