-- Tests: column privileges with includePrivileges: SELECT and UPDATE on some columns, changed, on an awkward column name, on a new column and on a dropped column, next to a table grant
-- Options: includePrivileges
CREATE TABLE staff (id bigint PRIMARY KEY, name text, salary numeric, "Home Address" text, nickname text);
GRANT SELECT (id, name, "Home Address") ON staff TO dovetail_priv_reader;
GRANT UPDATE (name, "Home Address") ON staff TO dovetail_priv_writer WITH GRANT OPTION;
GRANT SELECT (nickname), UPDATE (nickname) ON staff TO "Dovetail Priv ""Mixed""";
GRANT INSERT ON staff TO dovetail_priv_writer;
