-- Recipe: change type, binary-compatible
-- varchar(n) to a longer varchar or to text, numeric(p,s) to a wider precision: PostgreSQL changes the catalog only, without rewriting the table.
CREATE TABLE customers (id bigint PRIMARY KEY, email varchar(100));
