-- Tests: without includePrivileges (the default) privileges are neither read nor compared: before and after differ only in grants and revokes, and no migration is planned
DO $$ BEGIN CREATE ROLE dovetail_priv_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE dovetail_priv_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE "Dovetail Priv ""Mixed"""; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE ledger (id bigint PRIMARY KEY);
GRANT SELECT ON ledger TO dovetail_priv_reader;
