-- Indexes of tables and materialized views that do not back a primary key, unique or exclusion constraint of their own table (those are
-- part of the constraint). A foreign key also records the referenced index in conindid, hence the contype
-- filter.
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       i.relname AS index_name,
       x.indisunique AS is_unique,
       am.amname AS method,
       -- An index of a partitioned table deparses as ON ONLY (the parent alone, as pg_dump builds it before
       -- attaching the partitions' indexes); declared, it is built on the partitions too.
       CASE WHEN c.relkind = 'p'
            THEN pg_catalog.replace(pg_catalog.pg_get_indexdef(x.indexrelid), ' ON ONLY ', ' ON ')
            ELSE pg_catalog.pg_get_indexdef(x.indexrelid) END AS definition,
       ARRAY(SELECT pg_catalog.pg_get_indexdef(x.indexrelid, k, true)
             FROM generate_series(1, x.indnkeyatts) AS k ORDER BY k) AS keys,
       ARRAY(SELECT pg_catalog.pg_get_indexdef(x.indexrelid, k, true)
             FROM generate_series(x.indnkeyatts + 1, x.indnatts) AS k ORDER BY k) AS include,
       pg_catalog.pg_get_expr(x.indpred, x.indrelid) AS predicate,
       pg_catalog.obj_description(x.indexrelid, 'pg_class') AS comment,
       c.relispartition AS on_partition
FROM pg_catalog.pg_index x
JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
JOIN pg_catalog.pg_class c ON c.oid = x.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_am am ON am.oid = i.relam
WHERE c.relkind IN ('r', 'p', 'm')
  -- a partition's own indexes too (at any depth): not built for an index of its partitioned table (pg_inherits)
  AND (NOT c.relispartition
       OR (c.relkind IN ('r', 'p')
           AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits h WHERE h.inhrelid = x.indexrelid)))
  AND n.nspname <> 'information_schema'
  AND n.nspname !~ '^pg_'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con
                  WHERE con.conindid = x.indexrelid AND con.conrelid = x.indrelid AND con.contype IN ('p', 'u', 'x'))
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY 1, 2, 3
