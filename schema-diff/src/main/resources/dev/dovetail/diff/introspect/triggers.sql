-- Triggers on managed tables, constraint triggers included; internal ones (behind foreign keys) are part of
-- their constraint. A partition (at any depth) of a managed partitioned table has its own triggers too
-- (on_partition): not those it takes from its table (tgparentid, cloned with the partition).
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       t.tgname AS trigger_name,
       pg_catalog.pg_get_triggerdef(t.oid) AS definition,
       t.tgenabled AS enabled,
       pg_catalog.obj_description(t.oid, 'pg_trigger') AS comment,
       ARRAY(SELECT a.attname
             FROM pg_catalog.pg_depend d
             JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
             WHERE d.classid = 'pg_catalog.pg_trigger'::regclass AND d.objid = t.oid
               AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjsubid > 0
             ORDER BY a.attname) AS columns,
       c.relispartition AS on_partition
FROM pg_catalog.pg_trigger t
JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE NOT t.tgisinternal
  AND ((c.relkind IN ('r', 'p', 'v') AND NOT c.relispartition)
       OR (c.relkind IN ('r', 'p') AND c.relispartition AND t.tgparentid = 0))
  AND n.nspname <> 'information_schema'
  AND n.nspname !~ '^pg_'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY 1, 2, 3
