CREATE TABLE words (
  id int PRIMARY KEY,
  word text COLLATE "POSIX",
  "Sort Key" varchar(40) COLLATE "C",
  upper_word text GENERATED ALWAYS AS (upper(word)) STORED
);
CREATE INDEX words_word ON words (word);
