-- Partitions of the managed partitioned tables, those of partitions partitioned again too (sub-partitions), with
-- their bounds, their own partition key, replica identity and row-level security. schema_name and table_name name
-- the managed table at the root; parent_schema and parent_name the table or partition it is a partition of. A
-- partition takes its columns, constraints, indexes and triggers from its parent; the indexes, constraints,
-- triggers and policies it has of its own come from indexes.sql, constraints.sql, triggers.sql and policies.sql.
SELECT rn.nspname AS schema_name,
       r.relname AS table_name,
       pn.nspname AS parent_schema,
       p.relname AS parent_name,
       n.nspname AS partition_schema,
       c.relname AS partition_name,
       pg_catalog.pg_get_expr(c.relpartbound, c.oid) AS bound,
       CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END AS partition_key,
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
JOIN pg_catalog.pg_class r ON r.oid = pg_catalog.pg_partition_root(c.oid)
JOIN pg_catalog.pg_namespace rn ON rn.oid = r.relnamespace
WHERE c.relkind IN ('r', 'p')
  AND c.relispartition
  AND rn.nspname <> 'information_schema'
  AND rn.nspname !~ '^pg_'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = r.oid AND d.deptype = 'e')
ORDER BY 1, 2, 5, 6
