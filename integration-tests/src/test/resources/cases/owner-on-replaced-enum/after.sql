-- The migration gives the new type its owner as the migrating user; PostgreSQL lets a role that is not a superuser
-- (the scratch sandbox, most deploy users) do so only when the owner may create in the schema:
GRANT CREATE ON SCHEMA public TO dovetail_owner_a;
CREATE TYPE mood AS ENUM ('happy');
ALTER TYPE mood OWNER TO dovetail_owner_a;
CREATE TABLE feelings (id bigint PRIMARY KEY, m mood);
