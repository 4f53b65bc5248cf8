-- Tests: a new ICU collation (nondeterministic, case-insensitive) is created before the new column and the new table that use it; the down drops it after them.
CREATE COLLATION case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    nickname text COLLATE case_insensitive
);
CREATE TABLE tags (
    id bigint PRIMARY KEY,
    label text COLLATE case_insensitive NOT NULL UNIQUE
);
