CREATE TABLE words (
    id integer PRIMARY KEY,
    word text COLLATE "C" NOT NULL,
    note varchar(40)
);
CREATE INDEX words_word_idx ON words (word);
