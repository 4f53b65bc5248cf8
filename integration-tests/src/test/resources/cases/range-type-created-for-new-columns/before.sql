CREATE TABLE rooms (
    id bigint PRIMARY KEY,
    name text NOT NULL
);
