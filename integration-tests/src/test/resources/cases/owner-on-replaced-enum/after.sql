DO $$ BEGIN CREATE ROLE dovetail_owner_a; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TYPE mood AS ENUM ('happy');
ALTER TYPE mood OWNER TO dovetail_owner_a;
CREATE TABLE feelings (id bigint PRIMARY KEY, m mood);
