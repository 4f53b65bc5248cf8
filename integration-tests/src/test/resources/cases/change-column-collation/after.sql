-- Tests: change column collation ("C" -> "POSIX" on an indexed column, default -> "C").
CREATE TABLE labels (
    id integer PRIMARY KEY,
    code text COLLATE "POSIX" NOT NULL,
    name varchar(50) COLLATE "C"
);
CREATE INDEX labels_code_idx ON labels (code);
