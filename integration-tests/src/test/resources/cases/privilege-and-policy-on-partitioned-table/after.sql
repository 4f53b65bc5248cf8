CREATE TABLE events (id bigint NOT NULL, owner text NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
GRANT SELECT, INSERT ON events TO dovetail_priv_part;
GRANT UPDATE (owner) ON events TO dovetail_priv_part;
CREATE POLICY own_events ON events USING (owner = current_user);
ALTER TABLE events ENABLE ROW LEVEL SECURITY;
