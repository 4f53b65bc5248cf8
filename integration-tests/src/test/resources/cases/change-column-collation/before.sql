CREATE TABLE labels (
    id integer PRIMARY KEY,
    code text COLLATE "C" NOT NULL,
    name varchar(50)
);
CREATE INDEX labels_code_idx ON labels (code);
