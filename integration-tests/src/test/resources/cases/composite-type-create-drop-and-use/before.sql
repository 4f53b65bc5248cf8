-- Tests: a composite type goes, another comes with a nested composite, an array use and comments
CREATE TYPE old_pair AS (a int, b int);
CREATE TABLE shipments (id bigint PRIMARY KEY);
