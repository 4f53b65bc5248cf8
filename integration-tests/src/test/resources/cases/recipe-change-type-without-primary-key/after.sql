CREATE TABLE log (line bigint, at timestamptz);
