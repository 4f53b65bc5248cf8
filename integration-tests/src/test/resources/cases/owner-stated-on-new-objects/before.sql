-- Tests: a declared OWNER TO (and AUTHORIZATION) on new objects of every kind with an owner: the object is created, then given to its owner in the same migration; its down gives it back and drops it
DO $$ BEGIN CREATE ROLE dovetail_owner_a; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE dovetail_owner_b; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE "Dovetail Owner ""Odd"""; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE keep (id bigint PRIMARY KEY, qty integer);
