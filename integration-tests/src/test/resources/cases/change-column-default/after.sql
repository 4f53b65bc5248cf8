-- Tests: change existing defaults (text constant, expression now() -> now() + interval, interval constant).
CREATE TABLE documents (
    id integer PRIMARY KEY,
    status text NOT NULL DEFAULT 'pending'::text,
    expires_at timestamptz DEFAULT (now() + '90 days'::interval),
    retention interval DEFAULT '1 year'::interval
);
