-- Tests: column privileges with includePrivileges: SELECT and UPDATE on some columns, changed, on an awkward column name, on a new column and on a dropped column, next to a table grant
-- Options: includePrivileges
CREATE TABLE staff (id bigint PRIMARY KEY, name text, salary numeric, "Home Address" text, retired_flag boolean);
GRANT SELECT (id, name) ON staff TO dovetail_priv_reader;
GRANT UPDATE (name) ON staff TO dovetail_priv_writer;
GRANT SELECT (retired_flag) ON staff TO dovetail_priv_reader;
