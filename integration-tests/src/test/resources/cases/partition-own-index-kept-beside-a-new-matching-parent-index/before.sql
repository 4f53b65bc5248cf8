-- Tests: an index added to a partitioned table that has partitions (one partitioned again) whose own indexes match it: the own indexes stay the partitions' own (declared after the table's index, PostgreSQL built a separate index for the table's), so the new index must not take them over as PostgreSQL's CREATE INDEX would
CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, kind text) PARTITION BY RANGE (at);
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE "Events 2026" PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') PARTITION BY LIST (kind);
CREATE TABLE "Events 2026 a" PARTITION OF "Events 2026" FOR VALUES IN ('a');
CREATE TABLE events_2026_rest PARTITION OF "Events 2026" DEFAULT;
CREATE INDEX "events_2025 at" ON events_2025 (at);
CREATE INDEX events_2026_a_at ON "Events 2026 a" (at);
INSERT INTO events SELECT g, date '2025-01-01' + (g % 700), CASE WHEN g % 2 = 0 THEN 'a' END FROM generate_series(1, 1000) g;
