-- Tests: change an index's access method from btree to hash (same name, same column).
CREATE TABLE short_links (
    id integer PRIMARY KEY,
    code varchar(16) NOT NULL,
    target text NOT NULL
);
CREATE INDEX short_links_code_idx ON short_links USING hash (code);
