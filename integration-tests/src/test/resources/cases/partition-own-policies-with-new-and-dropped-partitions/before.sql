-- Tests: partitions with row-level security and policies of their own come and go: a new partition (in another schema) with both, a dropped partition with both, a policy on a partition that reads another table
CREATE SCHEMA "Archive";
CREATE TABLE allowed (owner text PRIMARY KEY);
CREATE TABLE logs (id bigint NOT NULL, at date NOT NULL, owner text) PARTITION BY RANGE (at);
CREATE TABLE logs_2023 PARTITION OF logs FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE logs_2024 PARTITION OF logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE logs_2023 ENABLE ROW LEVEL SECURITY;
CREATE POLICY logs_2023_allowed ON logs_2023 USING (owner IN (SELECT owner FROM allowed));
