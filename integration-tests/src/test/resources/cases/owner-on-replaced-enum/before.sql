-- Tests: (found by the property test) an enum that loses a label is replaced by a new type of its name; its stated owner is given to the new type in the same migration, and the down gives the old type its owner back
-- Options: includePrivileges
-- The migration gives the new type its owner as the migrating user; PostgreSQL lets a role that is not a superuser
-- (the scratch sandbox, most deploy users) do so only when the owner may create in the schema:
GRANT CREATE ON SCHEMA public TO dovetail_owner_a;
CREATE TYPE mood AS ENUM ('happy', 'sad');
ALTER TYPE mood OWNER TO dovetail_owner_a;
CREATE TABLE feelings (id bigint PRIMARY KEY, m mood);
