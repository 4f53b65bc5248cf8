CREATE TABLE documents (
    id integer PRIMARY KEY,
    data jsonb NOT NULL DEFAULT '{}'::jsonb,
    meta jsonb,
    tags text[] NOT NULL DEFAULT '{}'::text[],
    scores integer[]
);
