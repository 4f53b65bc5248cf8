-- Partitions of the managed partitioned tables, with their bounds and their own replica identity and row-level
-- security. A partition takes its columns, constraints, indexes and triggers from its partitioned table; the
-- indexes, constraints, triggers and policies it has of its own come from indexes.sql, constraints.sql,
-- triggers.sql and policies.sql; partitions that are partitioned again are listed by unmanaged.sql.
SELECT pn.nspname AS schema_name,
       p.relname AS table_name,
       n.nspname AS partition_schema,
       c.relname AS partition_name,
       pg_catalog.pg_get_expr(c.relpartbound, c.oid) AS bound,
       pg_catalog.obj_description(c.oid, 'pg_class') AS comment,
       c.relreplident AS replica_identity,
       c.relrowsecurity AS row_security,
       c.relforcerowsecurity AS force_row_security,
       (SELECT ri.relname FROM pg_catalog.pg_index rx JOIN pg_catalog.pg_class ri ON ri.oid = rx.indexrelid
        WHERE rx.indrelid = c.oid AND rx.indisreplident) AS replica_identity_index,
       -- the partitioned table's index that gave the partition its identity index (dropped and created with it)
       (SELECT pin.nspname FROM pg_catalog.pg_index rx
        JOIN pg_catalog.pg_inherits ih ON ih.inhrelid = rx.indexrelid
        JOIN pg_catalog.pg_class pi ON pi.oid = ih.inhparent
        JOIN pg_catalog.pg_namespace pin ON pin.oid = pi.relnamespace
        WHERE rx.indrelid = c.oid AND rx.indisreplident) AS replica_identity_parent_schema,
       (SELECT pi.relname FROM pg_catalog.pg_index rx
        JOIN pg_catalog.pg_inherits ih ON ih.inhrelid = rx.indexrelid
        JOIN pg_catalog.pg_class pi ON pi.oid = ih.inhparent
        WHERE rx.indrelid = c.oid AND rx.indisreplident) AS replica_identity_parent_index
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_inherits i ON i.inhrelid = c.oid
JOIN pg_catalog.pg_class p ON p.oid = i.inhparent
JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
WHERE c.relkind = 'r'
  AND c.relispartition
  AND p.relkind = 'p'
  AND NOT p.relispartition
  AND pn.nspname <> 'information_schema'
  AND pn.nspname !~ '^pg_'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = p.oid AND d.deptype = 'e')
ORDER BY 1, 2, 3, 4
