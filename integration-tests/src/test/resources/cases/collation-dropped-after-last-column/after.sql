-- Tests: collations are dropped after the last column (and the table) that use them; a collation still used stays. The down creates them before the columns.
CREATE COLLATION german_phonebook (provider = icu, locale = 'de-u-co-phonebk');
CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    surname text COLLATE german_phonebook
);
CREATE INDEX users_surname_idx ON users (surname);
