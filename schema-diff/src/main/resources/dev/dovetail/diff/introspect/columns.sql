-- Every column of every managed table, with PostgreSQL's own text for types and expressions. An identity
-- column's implicit sequence is found through its internal dependency on the column; the sequences a default
-- calls, and the columns a generated column reads, through the default's dependencies.
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       a.attname AS column_name,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
       a.attnotnull AS not_null,
       CASE WHEN a.attgenerated = '' THEN pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END AS default_expression,
       CASE WHEN a.attgenerated <> '' THEN pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END AS generated_expression,
       a.attidentity AS identity,
       CASE WHEN a.attcollation <> t.typcollation THEN cn.nspname END AS collation_schema,
       CASE WHEN a.attcollation <> t.typcollation THEN co.collname END AS collation_name,
       s.seqstart AS seq_start,
       s.seqincrement AS seq_increment,
       s.seqmin AS seq_min,
       s.seqmax AS seq_max,
       s.seqcache AS seq_cache,
       s.seqcycle AS seq_cycle,
       pg_catalog.col_description(a.attrelid, a.attnum) AS comment,
       ARRAY(SELECT dn.nspname
             FROM pg_catalog.pg_depend dd
             JOIN pg_catalog.pg_class dc ON dc.oid = dd.refobjid AND dc.relkind = 'S'
             JOIN pg_catalog.pg_namespace dn ON dn.oid = dc.relnamespace
             WHERE dd.classid = 'pg_catalog.pg_attrdef'::regclass AND dd.objid = ad.oid
               AND dd.refclassid = 'pg_catalog.pg_class'::regclass
             ORDER BY dc.oid) AS default_sequence_schemas,
       ARRAY(SELECT dc.relname
             FROM pg_catalog.pg_depend dd
             JOIN pg_catalog.pg_class dc ON dc.oid = dd.refobjid AND dc.relkind = 'S'
             WHERE dd.classid = 'pg_catalog.pg_attrdef'::regclass AND dd.objid = ad.oid
               AND dd.refclassid = 'pg_catalog.pg_class'::regclass
             ORDER BY dc.oid) AS default_sequence_names,
       ARRAY(SELECT DISTINCT ga.attname
             FROM pg_catalog.pg_depend gd
             JOIN pg_catalog.pg_attribute ga ON ga.attrelid = gd.refobjid AND ga.attnum = gd.refobjsubid
             WHERE a.attgenerated <> ''
               -- the column itself depends on what it reads (older releases recorded it on the default)
               AND ((gd.classid = 'pg_catalog.pg_class'::regclass AND gd.objid = a.attrelid AND gd.objsubid = a.attnum)
                    OR (gd.classid = 'pg_catalog.pg_attrdef'::regclass AND gd.objid = ad.oid))
               AND gd.refclassid = 'pg_catalog.pg_class'::regclass AND gd.refobjid = a.attrelid
               AND gd.refobjsubid > 0 AND gd.refobjsubid <> a.attnum
             ORDER BY 1) AS generated_reads,
       ARRAY(SELECT fn.nspname || '.' || p.proname || '(' || pg_catalog.oidvectortypes(p.proargtypes) || ')'
             FROM pg_catalog.pg_depend fd
             JOIN pg_catalog.pg_proc p ON p.oid = fd.refobjid
             JOIN pg_catalog.pg_namespace fn ON fn.oid = p.pronamespace
             WHERE a.attgenerated = ''
               AND fd.classid = 'pg_catalog.pg_attrdef'::regclass AND fd.objid = ad.oid
               AND fd.refclassid = 'pg_catalog.pg_proc'::regclass
               AND fn.nspname <> 'information_schema' AND fn.nspname !~ '^pg_'
             ORDER BY 1) AS default_functions,
       -- Whether the default calls a volatile function, read from the function ids in its stored expression tree
       -- (pg_depend does not record built-in functions such as random() or gen_random_uuid()).
       a.attgenerated = '' AND EXISTS (
         SELECT FROM pg_catalog.regexp_matches(ad.adbin::text, ':(?:func|opfunc)id (\d+)', 'g') AS f(id)
         JOIN pg_catalog.pg_proc vp ON vp.oid = f.id[1]::oid
         WHERE vp.provolatile = 'v') AS default_volatile,
       -- the statistics target: -1 before PostgreSQL 17 and NULL since for the default
       CASE WHEN a.attstattarget >= 0 THEN a.attstattarget::integer END AS statistics_target,
       -- a column a child table has from its parents only, not declared by itself
       NOT a.attislocal AS inherited_only,
       -- storage when not the type's (with the type's, to set it back), compression when set, attribute options
       CASE WHEN a.attstorage <> t.typstorage THEN a.attstorage::text END AS storage,
       CASE WHEN a.attstorage <> t.typstorage THEN t.typstorage::text END AS type_storage,
       CASE a.attcompression WHEN 'p' THEN 'pglz' WHEN 'l' THEN 'lz4' END AS compression,
       a.attoptions AS attribute_options
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
LEFT JOIN pg_catalog.pg_depend sd ON a.attidentity <> ''
                                  AND sd.classid = 'pg_catalog.pg_class'::regclass
                                  AND sd.refclassid = 'pg_catalog.pg_class'::regclass
                                  AND sd.refobjid = a.attrelid
                                  AND sd.refobjsubid = a.attnum
                                  AND sd.deptype = 'i'
LEFT JOIN pg_catalog.pg_sequence s ON s.seqrelid = sd.objid
WHERE c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND a.attnum > 0
  AND NOT a.attisdropped
  AND n.nspname <> 'information_schema'
  AND n.nspname !~ '^pg_'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY 1, 2, a.attnum
