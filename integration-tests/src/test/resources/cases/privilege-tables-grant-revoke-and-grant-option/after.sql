-- Tests: table privileges with includePrivileges: grants added and revoked, WITH GRANT OPTION added and removed, PUBLIC, an awkward role name, a new and a dropped table with their grants
-- Options: includePrivileges
CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);
GRANT SELECT, INSERT, UPDATE ON orders TO dovetail_priv_writer WITH GRANT OPTION;
GRANT SELECT ON orders TO dovetail_priv_reader;
GRANT TRUNCATE, REFERENCES, TRIGGER ON orders TO "Dovetail Priv ""Mixed""";
CREATE TABLE customers (id bigint PRIMARY KEY);
GRANT ALL ON customers TO dovetail_priv_writer;
GRANT SELECT ON customers TO PUBLIC;
