-- Primary key, unique, foreign key, check and exclusion constraints. NOT NULL constraints (contype 'n' since
-- PostgreSQL 18) are modelled as the column's nullability instead. A NOT ENFORCED constraint (PostgreSQL 18) has
-- nothing to validate: it counts as validated, and its definition says NOT ENFORCED.
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       con.conname AS constraint_name,
       con.contype AS type,
       pg_catalog.pg_get_constraintdef(con.oid) AS definition,
       ARRAY(SELECT a.attname
             FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
             JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
             ORDER BY k.ord) AS columns,
       fn.nspname AS referenced_schema,
       fc.relname AS referenced_table,
       ARRAY(SELECT a.attname
             FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
             JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
             ORDER BY k.ord) AS referenced_columns,
       con.confupdtype AS on_update,
       con.confdeltype AS on_delete,
       con.condeferrable AS deferrable,
       con.condeferred AS initially_deferred,
       pg_catalog.obj_description(con.oid, 'pg_constraint') AS comment,
       CASE WHEN con.contype IN ('p', 'u', 'x') THEN pg_catalog.obj_description(con.conindid, 'pg_class') END AS index_comment,
       ARRAY(SELECT fn.nspname || '.' || p.proname || '(' || pg_catalog.oidvectortypes(p.proargtypes) || ')'
             FROM pg_catalog.pg_depend fd
             JOIN pg_catalog.pg_proc p ON p.oid = fd.refobjid
             JOIN pg_catalog.pg_namespace fn ON fn.oid = p.pronamespace
             WHERE con.contype = 'c'
               AND fd.classid = 'pg_catalog.pg_constraint'::regclass AND fd.objid = con.oid
               AND fd.refclassid = 'pg_catalog.pg_proc'::regclass
               AND fn.nspname <> 'information_schema' AND fn.nspname !~ '^pg_'
             ORDER BY 1) AS functions,
       c.relispartition AS on_partition,
       con.convalidated OR NOT coalesce((pg_catalog.to_jsonb(con) ->> 'conenforced')::boolean, true) AS validated
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_class fc ON fc.oid = con.confrelid
LEFT JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace
WHERE con.contype IN ('p', 'u', 'f', 'c', 'x')
  AND c.relkind IN ('r', 'p')
  -- a partition's own constraints too (at any depth): declared on it alone, not cloned from or merged with its
  -- partitioned table's
  -- a child table's checks inherited from its parents are the parents' (whether or not it declares them too:
  -- INHERIT keeps a child's matching check its own, as with columns)
  AND (NOT c.relispartition AND (con.contype <> 'c' OR con.coninhcount = 0)
       OR (c.relispartition AND con.conislocal AND con.coninhcount = 0 AND con.conparentid = 0))
  AND n.nspname <> 'information_schema'
  AND n.nspname !~ '^pg_'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY 1, 2, 3
