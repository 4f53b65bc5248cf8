-- Tests: create pg_trgm in public and add a GIN index with gin_trgm_ops and a GiST index with gist_trgm_ops.
CREATE EXTENSION pg_trgm;

CREATE TABLE articles (
    id integer PRIMARY KEY,
    title text NOT NULL,
    body text
);
CREATE INDEX articles_title_trgm_idx ON articles USING gin (title gin_trgm_ops);
CREATE INDEX articles_body_trgm_idx ON articles USING gist (body gist_trgm_ops);
