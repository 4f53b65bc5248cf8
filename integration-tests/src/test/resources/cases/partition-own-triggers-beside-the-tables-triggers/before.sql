-- Tests: a partitioned table's own trigger (cloned to every partition, not the partitions' own) beside a partition's own trigger of the same name on another event; the table's trigger changes, the partition's stays; a new partitioned table comes with partitions that have triggers of their own
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TABLE metrics (id bigint NOT NULL, at date NOT NULL, value numeric) PARTITION BY RANGE (at);
CREATE TABLE metrics_a PARTITION OF metrics FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TRIGGER metrics_touch BEFORE INSERT ON metrics FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER metrics_a_touch BEFORE UPDATE ON metrics_a FOR EACH ROW EXECUTE FUNCTION touch();
