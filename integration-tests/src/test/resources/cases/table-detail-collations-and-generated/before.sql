-- Tests: a collated column changes collation under an index, a collated column and a generated column over it come
CREATE TABLE words (id int PRIMARY KEY, word text COLLATE "C");
CREATE INDEX words_word ON words (word);
