-- Views and materialized views in user schemas, not owned by an extension, with PostgreSQL's own text for
-- the query, their output columns in order, their rules, and what the query reads: the dependencies of the
-- view's _RETURN rule on relations and their columns, and on functions and types in user schemas.
WITH rule_depend AS (
  SELECT r.ev_class AS view_oid, d.refclassid, d.refobjid, d.refobjsubid
  FROM pg_catalog.pg_rewrite r
  JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_rewrite'::regclass AND d.objid = r.oid
  WHERE r.rulename = '_RETURN' AND d.deptype = 'n'
    AND NOT (d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjid = r.ev_class)
)
SELECT n.nspname AS schema_name,
       c.relname AS view_name,
       c.relkind = 'm' AS materialized,
       pg_catalog.pg_get_viewdef(c.oid) AS definition,
       coalesce(c.reloptions, '{}') AS options,
       pg_catalog.obj_description(c.oid, 'pg_class') AS comment,
       attributes.*,
       rules.*,
       relations.*,
       read_columns.*,
       functions.*,
       types.*
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN LATERAL (
  SELECT array_agg(a.attname ORDER BY a.attnum) AS attribute_names,
         array_agg(pg_catalog.format_type(a.atttypid, a.atttypmod) ORDER BY a.attnum) AS attribute_types,
         array_agg(CASE WHEN a.attcollation <> t.typcollation THEN cn.nspname END ORDER BY a.attnum) AS collation_schemas,
         array_agg(CASE WHEN a.attcollation <> t.typcollation THEN co.collname END ORDER BY a.attnum) AS collation_names,
         array_agg(pg_catalog.col_description(a.attrelid, a.attnum) ORDER BY a.attnum) AS attribute_comments
  FROM pg_catalog.pg_attribute a
  JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
  LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
  LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
  WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
) attributes
CROSS JOIN LATERAL (
  SELECT array_agg(r.rulename ORDER BY r.rulename) AS rule_names,
         array_agg(pg_catalog.pg_get_ruledef(r.oid) ORDER BY r.rulename) AS rule_definitions,
         array_agg(pg_catalog.obj_description(r.oid, 'pg_rewrite') ORDER BY r.rulename) AS rule_comments
  FROM pg_catalog.pg_rewrite r
  WHERE r.ev_class = c.oid AND r.rulename <> '_RETURN'
) rules
-- The catalog records a relation read column by column on its columns alone, so relations come from both.
CROSS JOIN LATERAL (
  SELECT array_agg(rn.nspname ORDER BY rn.nspname, rc.relname) AS relation_schemas,
         array_agg(rc.relname ORDER BY rn.nspname, rc.relname) AS relation_names
  FROM (SELECT DISTINCT d.refobjid FROM rule_depend d
        WHERE d.view_oid = c.oid AND d.refclassid = 'pg_catalog.pg_class'::regclass) rel
  JOIN pg_catalog.pg_class rc ON rc.oid = rel.refobjid
  JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
) relations
CROSS JOIN LATERAL (
  SELECT array_agg(rn.nspname ORDER BY rn.nspname, rc.relname, ra.attname) AS read_column_schemas,
         array_agg(rc.relname ORDER BY rn.nspname, rc.relname, ra.attname) AS read_column_tables,
         array_agg(ra.attname ORDER BY rn.nspname, rc.relname, ra.attname) AS read_column_names
  FROM rule_depend d
  JOIN pg_catalog.pg_class rc ON rc.oid = d.refobjid
  JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
  JOIN pg_catalog.pg_attribute ra ON ra.attrelid = d.refobjid AND ra.attnum = d.refobjsubid
  WHERE d.view_oid = c.oid AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjsubid > 0
) read_columns
CROSS JOIN LATERAL (
  -- as Function.signature() spells them
  SELECT array_agg(pn.nspname || '.' || p.proname || '(' || pg_catalog.oidvectortypes(p.proargtypes) || ')' ORDER BY p.oid)
           AS functions
  FROM rule_depend d
  JOIN pg_catalog.pg_proc p ON p.oid = d.refobjid
  JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace
  WHERE d.view_oid = c.oid AND d.refclassid = 'pg_catalog.pg_proc'::regclass
    AND pn.nspname <> 'information_schema' AND pn.nspname !~ '^pg_'
) functions
CROSS JOIN LATERAL (
  SELECT array_agg(tn.nspname ORDER BY t.oid) AS type_schemas,
         array_agg(t.typname ORDER BY t.oid) AS type_names
  FROM rule_depend d
  JOIN pg_catalog.pg_type t ON t.oid = d.refobjid
  JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace
  WHERE d.view_oid = c.oid AND d.refclassid = 'pg_catalog.pg_type'::regclass
    AND tn.nspname <> 'information_schema' AND tn.nspname !~ '^pg_'
) types
WHERE c.relkind IN ('v', 'm')
  AND n.nspname <> 'information_schema'
  AND n.nspname !~ '^pg_'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY 1, 2
