CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE diary (id bigint PRIMARY KEY, feeling mood NOT NULL);
CREATE VIEW good_days AS SELECT id FROM diary WHERE feeling = 'happy';
CREATE VIEW feelings AS SELECT id, feeling FROM diary;
