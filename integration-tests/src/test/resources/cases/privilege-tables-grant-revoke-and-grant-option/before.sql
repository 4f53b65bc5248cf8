-- Tests: table privileges with includePrivileges: grants added and revoked, WITH GRANT OPTION added and removed, PUBLIC, an awkward role name, a new and a dropped table with their grants
-- Options: includePrivileges
CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);
GRANT SELECT, INSERT ON orders TO dovetail_priv_writer;
GRANT SELECT ON orders TO dovetail_priv_reader WITH GRANT OPTION;
GRANT DELETE ON orders TO "Dovetail Priv ""Mixed""";
CREATE TABLE "Old Audit" (id bigint);
GRANT SELECT ON "Old Audit" TO PUBLIC;
GRANT INSERT ON "Old Audit" TO dovetail_priv_writer WITH GRANT OPTION;
