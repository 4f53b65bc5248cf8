CREATE TABLE log (line int, at timestamptz);
