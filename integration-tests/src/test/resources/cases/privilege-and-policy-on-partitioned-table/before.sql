-- Tests: row-level security, a policy and grants on a partitioned table come and change; its partitions follow
-- Options: includePrivileges
CREATE TABLE events (id bigint NOT NULL, owner text NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
GRANT SELECT ON events TO dovetail_priv_part;
