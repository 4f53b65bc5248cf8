CREATE TABLE words (id bigint PRIMARY KEY, w text COLLATE "C");
