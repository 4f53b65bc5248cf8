CREATE COLLATION case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE COLLATION german_phonebook (provider = icu, locale = 'de-u-co-phonebk');
CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    nickname text COLLATE case_insensitive,
    surname text COLLATE german_phonebook
);
CREATE INDEX users_surname_idx ON users (surname);
CREATE TABLE tags (
    id bigint PRIMARY KEY,
    label text COLLATE case_insensitive NOT NULL
);
