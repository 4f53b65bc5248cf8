-- Sequences in user schemas. An identity column's sequence depends on its column internally ('i') and is
-- part of the column; a serial column's sequence is owned by it through an automatic dependency ('a').
SELECT n.nspname AS schema_name,
       c.relname AS sequence_name,
       pg_catalog.format_type(s.seqtypid, NULL) AS data_type,
       s.seqstart AS seq_start,
       s.seqincrement AS seq_increment,
       s.seqmin AS seq_min,
       s.seqmax AS seq_max,
       s.seqcache AS seq_cache,
       s.seqcycle AS seq_cycle,
       owner_ns.nspname AS owner_schema,
       owner.relname AS owner_table,
       owner_col.attname AS owner_column,
       pg_catalog.obj_description(c.oid, 'pg_class') AS comment
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid
LEFT JOIN pg_catalog.pg_depend od ON od.classid = 'pg_catalog.pg_class'::regclass
                                 AND od.objid = c.oid
                                 AND od.refclassid = 'pg_catalog.pg_class'::regclass
                                 AND od.refobjsubid > 0
                                 AND od.deptype = 'a'
LEFT JOIN pg_catalog.pg_class owner ON owner.oid = od.refobjid
LEFT JOIN pg_catalog.pg_namespace owner_ns ON owner_ns.oid = owner.relnamespace
LEFT JOIN pg_catalog.pg_attribute owner_col ON owner_col.attrelid = od.refobjid AND owner_col.attnum = od.refobjsubid
WHERE c.relkind = 'S'
  AND n.nspname <> 'information_schema'
  AND n.nspname !~ '^pg_'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('i', 'e'))
ORDER BY 1, 2
