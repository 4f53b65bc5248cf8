-- Tests: an indexed column and another column switch to collations created in the same run (ICU and libc); the down moves them back before dropping the collations.
CREATE COLLATION german (provider = icu, locale = 'de-DE');
CREATE COLLATION plain_posix (provider = libc, locale = 'POSIX');
CREATE TABLE words (
    id integer PRIMARY KEY,
    word text COLLATE german NOT NULL,
    note varchar(40) COLLATE plain_posix
);
CREATE INDEX words_word_idx ON words (word);
