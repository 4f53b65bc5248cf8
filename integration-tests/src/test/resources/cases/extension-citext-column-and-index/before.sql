CREATE TABLE subscribers (
    id integer PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT now()
);
