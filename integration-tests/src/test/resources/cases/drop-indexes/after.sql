-- Tests: drop a default-named index, a unique index and a GIN index; keep another index.
CREATE TABLE audit_events (
    id bigint PRIMARY KEY,
    actor text NOT NULL,
    action text NOT NULL,
    occurred_at timestamptz NOT NULL,
    details jsonb
);
CREATE INDEX audit_events_action_idx ON audit_events (action);
