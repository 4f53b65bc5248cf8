CREATE TABLE lessons (
    id bigint PRIMARY KEY,
    title text NOT NULL
);
