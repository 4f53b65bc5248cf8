CREATE TABLE players (
    id integer PRIMARY KEY,
    name text NOT NULL
);
