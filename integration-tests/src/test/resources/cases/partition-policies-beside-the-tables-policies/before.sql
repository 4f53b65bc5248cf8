-- Tests: a partitioned table's row-level security and policies (which apply through the table, not to queries naming a partition) beside a partition's own; the table's policy changes while the partition's stays, and a new partitioned table comes with a partition that has row-level security of its own
CREATE TABLE metrics (id bigint NOT NULL, at date NOT NULL, tenant text NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE metrics_a PARTITION OF metrics FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE metrics ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON metrics USING (tenant = current_setting('app.tenant', true));
ALTER TABLE metrics_a ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON metrics_a FOR SELECT USING (tenant = current_user);
