-- Tests: add GIN indexes on jsonb (default jsonb_ops and jsonb_path_ops) and on arrays (text[] and int[]).
CREATE TABLE documents (
    id integer PRIMARY KEY,
    data jsonb NOT NULL DEFAULT '{}'::jsonb,
    meta jsonb,
    tags text[] NOT NULL DEFAULT '{}'::text[],
    scores integer[]
);
CREATE INDEX documents_data_gin ON documents USING gin (data);
CREATE INDEX documents_meta_path_gin ON documents USING gin (meta jsonb_path_ops);
CREATE INDEX documents_tags_gin ON documents USING gin (tags);
CREATE INDEX ON documents USING gin (scores);
