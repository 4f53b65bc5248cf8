-- Tests: what partitions below partitions have of their own: a branch's own partitioned index (cloned to its leaves) and own check, a leaf's own index, unique key and trigger, a branch's row-level security and policy, the root's index and trigger cloned down the tree; some added, some dropped, some changed
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.note := coalesce(NEW.note, TG_TABLE_NAME); RETURN NEW; END $$;
CREATE TABLE events (tenant int NOT NULL, at date NOT NULL, kind text, note text) PARTITION BY LIST (tenant);
CREATE INDEX events_at ON events (at);
CREATE TRIGGER events_stamp BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION stamp();
CREATE TABLE events_t1 PARTITION OF events FOR VALUES IN (1) PARTITION BY RANGE (at);
CREATE TABLE events_t1_2024 PARTITION OF events_t1 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE "Events T1 2025" PARTITION OF events_t1 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX events_t1_kind ON events_t1 (kind);
ALTER TABLE events_t1 ADD CONSTRAINT events_t1_kind_set CHECK (kind IS NOT NULL);
CREATE INDEX events_t1_2024_note ON events_t1_2024 (note);
CREATE TRIGGER stamp_2024 BEFORE UPDATE ON events_t1_2024 FOR EACH ROW EXECUTE FUNCTION stamp();
CREATE TABLE events_t2 PARTITION OF events FOR VALUES IN (2) PARTITION BY RANGE (at);
CREATE TABLE events_t2_2024 PARTITION OF events_t2 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
