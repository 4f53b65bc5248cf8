-- Ordinary and partitioned tables in user schemas (partitions belong to their partitioned table, see
-- partitions.sql), not owned by an extension.
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       pg_catalog.obj_description(c.oid, 'pg_class') AS comment,
       c.relpersistence = 'u' AS unlogged,
       coalesce(c.reloptions, '{}') AS storage_parameters,
       CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END AS partition_key,
       c.relrowsecurity AS row_security,
       c.relforcerowsecurity AS force_row_security,
       c.relreplident AS replica_identity,
       (SELECT ri.relname FROM pg_catalog.pg_index rx JOIN pg_catalog.pg_class ri ON ri.oid = rx.indexrelid
        WHERE rx.indrelid = c.oid AND rx.indisreplident) AS replica_identity_index,
       (SELECT ci.relname FROM pg_catalog.pg_index cx JOIN pg_catalog.pg_class ci ON ci.oid = cx.indexrelid
        WHERE cx.indrelid = c.oid AND cx.indisclustered) AS cluster_index,
       -- the tables it inherits from (INHERITS), in their order; a partition's parent is not read here
       ARRAY(SELECT pn.nspname FROM pg_catalog.pg_inherits ih
             JOIN pg_catalog.pg_class pc ON pc.oid = ih.inhparent
             JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
             WHERE ih.inhrelid = c.oid ORDER BY ih.inhseqno) AS parent_schemas,
       ARRAY(SELECT pc.relname FROM pg_catalog.pg_inherits ih
             JOIN pg_catalog.pg_class pc ON pc.oid = ih.inhparent
             WHERE ih.inhrelid = c.oid ORDER BY ih.inhseqno) AS parent_names
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND n.nspname <> 'information_schema'
  AND n.nspname !~ '^pg_'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY 1, 2
