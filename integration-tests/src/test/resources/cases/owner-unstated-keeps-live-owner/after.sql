DO $$ BEGIN CREATE ROLE dovetail_owner_a; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE dovetail_owner_b; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE "Dovetail Owner ""Odd"""; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE items (id bigint PRIMARY KEY, size bigint, label text);
CREATE VIEW item_sizes AS SELECT id, size FROM items;
