-- Tests: drop a standalone table (with identity column, check and index).
CREATE TABLE keep_me (
    id integer PRIMARY KEY,
    label text
);
