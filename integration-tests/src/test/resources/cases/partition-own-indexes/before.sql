CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, kind text, payload jsonb) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE "Events 2025" PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX events_2024_kind ON events_2024 (kind);
CREATE INDEX events_2024_gone ON events_2024 (id);
