-- Tests: partitions with triggers of their own come and go: a new partition (in another schema) with its trigger, a dropped partition with its trigger, a partition whose trigger function is new
CREATE SCHEMA "Archive";
CREATE FUNCTION forbid() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'read only'; END $$;
CREATE TABLE logs (id bigint NOT NULL, at date NOT NULL, line text) PARTITION BY RANGE (at);
CREATE TABLE logs_2023 PARTITION OF logs FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE logs_2024 PARTITION OF logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TRIGGER logs_2023_read_only BEFORE UPDATE OR DELETE ON logs_2023 FOR EACH ROW EXECUTE FUNCTION forbid();
