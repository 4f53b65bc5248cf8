-- Tests: enabling and forcing row-level security together with new permissive, restrictive and command-specific policies for several roles, on an existing and on a new table (policies first, then enable)
DO $$ BEGIN CREATE ROLE dovetail_pol_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE dovetail_pol_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE documents (id bigint PRIMARY KEY, owner name NOT NULL, tenant int NOT NULL, archived boolean NOT NULL DEFAULT false, body text);
