-- Rules of managed tables (CREATE RULE … TO table), with what their conditions and actions use (pg_depend): the
-- columns (of any table), the other tables and views, the functions. PostgreSQL refuses to drop those, or to change
-- such a column's type, while the rule exists. A view's rules are read with the view (views.sql).
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       r.rulename AS rule_name,
       pg_catalog.pg_get_ruledef(r.oid) AS definition,
       pg_catalog.obj_description(r.oid, 'pg_rewrite') AS comment,
       used_columns.schemas AS column_schemas,
       used_columns.tables AS column_tables,
       used_columns.names AS column_names,
       used_relations.schemas AS relation_schemas,
       used_relations.names AS relation_names,
       used_functions.signatures AS functions
FROM pg_catalog.pg_rewrite r
JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN LATERAL (
  SELECT pg_catalog.array_agg(rn.nspname ORDER BY rn.nspname, rc.relname, a.attname) AS schemas,
         pg_catalog.array_agg(rc.relname ORDER BY rn.nspname, rc.relname, a.attname) AS tables,
         pg_catalog.array_agg(a.attname ORDER BY rn.nspname, rc.relname, a.attname) AS names
  FROM (SELECT DISTINCT d.refobjid, d.refobjsubid FROM pg_catalog.pg_depend d
        WHERE d.classid = 'pg_catalog.pg_rewrite'::regclass AND d.objid = r.oid
          AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjsubid > 0) dep
  JOIN pg_catalog.pg_class rc ON rc.oid = dep.refobjid
  JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
  JOIN pg_catalog.pg_attribute a ON a.attrelid = dep.refobjid AND a.attnum = dep.refobjsubid
) used_columns
CROSS JOIN LATERAL (
  SELECT pg_catalog.array_agg(rn.nspname ORDER BY rn.nspname, rc.relname) AS schemas,
         pg_catalog.array_agg(rc.relname ORDER BY rn.nspname, rc.relname) AS names
  FROM (SELECT DISTINCT d.refobjid FROM pg_catalog.pg_depend d
        WHERE d.classid = 'pg_catalog.pg_rewrite'::regclass AND d.objid = r.oid
          AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjid <> r.ev_class) dep
  JOIN pg_catalog.pg_class rc ON rc.oid = dep.refobjid
  JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
) used_relations
CROSS JOIN LATERAL (
  SELECT pg_catalog.array_agg(DISTINCT pn.nspname || '.' || p.proname || '(' || pg_catalog.oidvectortypes(p.proargtypes) || ')')
           AS signatures
  FROM pg_catalog.pg_depend d
  JOIN pg_catalog.pg_proc p ON p.oid = d.refobjid
  JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace
  WHERE d.classid = 'pg_catalog.pg_rewrite'::regclass AND d.objid = r.oid
    AND d.refclassid = 'pg_catalog.pg_proc'::regclass
    AND pn.nspname <> 'information_schema' AND pn.nspname !~ '^pg_'
) used_functions
WHERE r.rulename <> '_RETURN'
  AND c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND n.nspname <> 'information_schema'
  AND n.nspname !~ '^pg_'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY 1, 2, 3
