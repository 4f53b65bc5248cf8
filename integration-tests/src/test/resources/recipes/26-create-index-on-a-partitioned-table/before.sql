-- Recipe: create index on a partitioned table
-- PostgreSQL cannot build an index CONCURRENTLY on a partitioned table, and CREATE INDEX on it blocks writes to every partition for the whole build; it also takes over a partition's own index with the same keys instead of building one. So the table's index is created ON ONLY (INVALID, nothing built), the index of each partition is built CONCURRENTLY (a partition partitioned again gets its own ON ONLY), and all are attached in one block, which makes the table's index valid and names each index as PostgreSQL would. An index a partition keeps of its own stays its own; one the run drops (the declared schema attaches it, as pg_dump writes it, or leaves it to CREATE INDEX to take over) is attached instead of built again, and the down builds it back. Without the recipes the same statements run plain in one transaction when a partition has an index of its own that CREATE INDEX would take over. While the run adds, drops or moves partitions of the table, the index is built plainly.
CREATE TABLE events (id bigint NOT NULL, at timestamptz NOT NULL, region text NOT NULL, kind text) PARTITION BY RANGE (at);
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') PARTITION BY LIST (region);
CREATE TABLE events_2026_eu PARTITION OF events_2026 FOR VALUES IN ('eu');
CREATE TABLE events_2026_rest PARTITION OF events_2026 DEFAULT;
CREATE INDEX events_2025_kind ON events_2025 (kind);
CREATE INDEX events_2026_eu_kind ON events_2026_eu (kind);
