-- Tests: indexes a partition has of its own (not from its partitioned table): added on an existing and on a new partition (awkward names, partial, GIN), changed, dropped, commented
CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, kind text, payload jsonb) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE "Events 2025" PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE INDEX events_2024_kind ON events_2024 (kind, id);
CREATE INDEX "Events 2025 payload" ON "Events 2025" USING gin (payload);
CREATE INDEX events_2026_recent ON events_2026 (at) WHERE kind = 'click';
COMMENT ON INDEX events_2026_recent IS 'clicks only';
