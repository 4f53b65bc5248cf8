CREATE TABLE documents (
    id integer PRIMARY KEY,
    status text NOT NULL DEFAULT 'draft'::text,
    expires_at timestamptz DEFAULT now(),
    retention interval DEFAULT '30 days'::interval
);
