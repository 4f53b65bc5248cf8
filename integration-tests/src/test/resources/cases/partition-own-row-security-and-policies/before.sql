-- Tests: a partition's own row-level security and policies (queries that name the partition itself see only what they allow): row-level security enabled and forced on one partition, turned off on another, a policy changed, one dropped, one added with a comment, on awkward names
CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, owner text NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE "Events 2025" PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE "Events 2025" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Own Rows" ON "Events 2025" USING (owner = current_user);
CREATE POLICY old_rows ON "Events 2025" FOR SELECT USING (at < '2025-06-01');
