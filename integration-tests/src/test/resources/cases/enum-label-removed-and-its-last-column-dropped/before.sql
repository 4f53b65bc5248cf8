CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE t1 (
  id bigint PRIMARY KEY,
  amount mood,
  note text
);
CREATE TABLE t2 (
  id bigint PRIMARY KEY,
  moods mood[]
);
CREATE TABLE t3 (
  id bigint PRIMARY KEY,
  state mood NOT NULL DEFAULT 'happy'
);
