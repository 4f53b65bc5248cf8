CREATE TABLE audit_events (
    id bigint PRIMARY KEY,
    actor text NOT NULL,
    action text NOT NULL,
    occurred_at timestamptz NOT NULL,
    details jsonb
);
CREATE INDEX ON audit_events (actor);
CREATE UNIQUE INDEX audit_events_actor_time_uidx ON audit_events (actor, occurred_at);
CREATE INDEX audit_events_details_gin ON audit_events USING gin (details);
CREATE INDEX audit_events_action_idx ON audit_events (action);
