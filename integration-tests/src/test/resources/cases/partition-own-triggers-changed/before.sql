-- Tests: a partition's own triggers (not those it takes from its partitioned table): one changed (a WHEN condition), one dropped, one added and disabled, one commented, on awkwardly named partitions and triggers
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.note := coalesce(NEW.note, TG_TABLE_NAME); RETURN NEW; END $$;
CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, kind text, note text) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE "Events 2025" PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TRIGGER stamp_2024 BEFORE INSERT ON events_2024 FOR EACH ROW EXECUTE FUNCTION stamp();
CREATE TRIGGER "Stamp Kind" BEFORE UPDATE OF kind ON events_2024 FOR EACH ROW EXECUTE FUNCTION stamp();
