-- Tests: drop a table whose serial primary key owns an implicit sequence (login_attempts_id_seq disappears with it).
CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL
);
