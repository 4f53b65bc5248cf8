-- Tests: an enum loses a label while a view reads a column of that type and compares with a label
CREATE TYPE mood AS ENUM ('happy', 'meh', 'sad');
CREATE TABLE diary (id bigint PRIMARY KEY, feeling mood NOT NULL);
CREATE VIEW good_days AS SELECT id FROM diary WHERE feeling = 'happy';
CREATE VIEW feelings AS SELECT id, feeling FROM diary;
