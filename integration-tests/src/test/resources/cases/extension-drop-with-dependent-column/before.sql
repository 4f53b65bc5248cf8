CREATE EXTENSION hstore;

CREATE TABLE documents (
    id integer PRIMARY KEY,
    title text NOT NULL,
    metadata hstore
);
CREATE INDEX documents_metadata_idx ON documents USING gist (metadata);
