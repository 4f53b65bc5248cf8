-- Views and materialized views in user schemas, not owned by an extension, with PostgreSQL's own text for
-- the query, their output columns in order, and what the query reads: the dependencies of the view's
-- _RETURN rule on relations (whole, then column by column), functions and types in user schemas.
WITH view_rule AS (
  SELECT c.oid AS view_oid, r.oid AS rule_oid
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_rewrite r ON r.ev_class = c.oid AND r.rulename = '_RETURN'
  WHERE c.relkind IN ('v', 'm')
),
rule_depend AS (
  SELECT vr.view_oid, d.refclassid, d.refobjid, d.refobjsubid
  FROM view_rule vr
  JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_rewrite'::regclass AND d.objid = vr.rule_oid
  WHERE d.deptype = 'n' AND NOT (d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjid = vr.view_oid)
)
SELECT n.nspname AS schema_name,
       c.relname AS view_name,
       c.relkind = 'm' AS materialized,
       pg_catalog.pg_get_viewdef(c.oid) AS definition,
       coalesce(c.reloptions, '{}') AS options,
       pg_catalog.obj_description(c.oid, 'pg_class') AS comment,
       ARRAY(SELECT r.rulename FROM pg_catalog.pg_rewrite r
             WHERE r.ev_class = c.oid AND r.rulename <> '_RETURN' ORDER BY 1) AS rule_names,
       ARRAY(SELECT pg_catalog.pg_get_ruledef(r.oid) FROM pg_catalog.pg_rewrite r
             WHERE r.ev_class = c.oid AND r.rulename <> '_RETURN' ORDER BY r.rulename) AS rule_definitions,
       ARRAY(SELECT pg_catalog.obj_description(r.oid, 'pg_rewrite') FROM pg_catalog.pg_rewrite r
             WHERE r.ev_class = c.oid AND r.rulename <> '_RETURN' ORDER BY r.rulename) AS rule_comments,
       ARRAY(SELECT a.attname FROM pg_catalog.pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum) AS column_names,
       ARRAY(SELECT pg_catalog.format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum) AS column_types,
       ARRAY(SELECT CASE WHEN a.attcollation <> t.typcollation THEN cn.nspname END
             FROM pg_catalog.pg_attribute a
             JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
             LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
             LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum) AS collation_schemas,
       ARRAY(SELECT CASE WHEN a.attcollation <> t.typcollation THEN co.collname END
             FROM pg_catalog.pg_attribute a
             JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
             LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum) AS collation_names,
       ARRAY(SELECT pg_catalog.col_description(c.oid, a.attnum) FROM pg_catalog.pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum) AS column_comments,
       ARRAY(SELECT rn.nspname FROM rule_depend d
             JOIN pg_catalog.pg_class rc ON rc.oid = d.refobjid
             JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
             WHERE d.view_oid = c.oid AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjsubid = 0
             ORDER BY 1, rc.relname) AS relation_schemas,
       ARRAY(SELECT rc.relname FROM rule_depend d
             JOIN pg_catalog.pg_class rc ON rc.oid = d.refobjid
             JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
             WHERE d.view_oid = c.oid AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjsubid = 0
             ORDER BY rn.nspname, 1) AS relation_names,
       ARRAY(SELECT rn.nspname FROM rule_depend d
             JOIN pg_catalog.pg_class rc ON rc.oid = d.refobjid
             JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
             JOIN pg_catalog.pg_attribute ra ON ra.attrelid = d.refobjid AND ra.attnum = d.refobjsubid
             WHERE d.view_oid = c.oid AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjsubid > 0
             ORDER BY 1, rc.relname, ra.attname) AS read_column_schemas,
       ARRAY(SELECT rc.relname FROM rule_depend d
             JOIN pg_catalog.pg_class rc ON rc.oid = d.refobjid
             JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
             JOIN pg_catalog.pg_attribute ra ON ra.attrelid = d.refobjid AND ra.attnum = d.refobjsubid
             WHERE d.view_oid = c.oid AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjsubid > 0
             ORDER BY rn.nspname, 1, ra.attname) AS read_column_tables,
       ARRAY(SELECT ra.attname FROM rule_depend d
             JOIN pg_catalog.pg_class rc ON rc.oid = d.refobjid
             JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
             JOIN pg_catalog.pg_attribute ra ON ra.attrelid = d.refobjid AND ra.attnum = d.refobjsubid
             WHERE d.view_oid = c.oid AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjsubid > 0
             ORDER BY rn.nspname, rc.relname, 1) AS read_column_names,
       ARRAY(SELECT pn.nspname FROM rule_depend d
             JOIN pg_catalog.pg_proc p ON p.oid = d.refobjid
             JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace
             WHERE d.view_oid = c.oid AND d.refclassid = 'pg_catalog.pg_proc'::regclass
               AND pn.nspname <> 'information_schema' AND pn.nspname !~ '^pg_'
             ORDER BY p.oid) AS function_schemas,
       ARRAY(SELECT p.proname FROM rule_depend d
             JOIN pg_catalog.pg_proc p ON p.oid = d.refobjid
             JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace
             WHERE d.view_oid = c.oid AND d.refclassid = 'pg_catalog.pg_proc'::regclass
               AND pn.nspname <> 'information_schema' AND pn.nspname !~ '^pg_'
             ORDER BY p.oid) AS function_names,
       ARRAY(SELECT pg_catalog.oidvectortypes(p.proargtypes) FROM rule_depend d
             JOIN pg_catalog.pg_proc p ON p.oid = d.refobjid
             JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace
             WHERE d.view_oid = c.oid AND d.refclassid = 'pg_catalog.pg_proc'::regclass
               AND pn.nspname <> 'information_schema' AND pn.nspname !~ '^pg_'
             ORDER BY p.oid) AS function_argument_types,
       ARRAY(SELECT tn.nspname FROM rule_depend d
             JOIN pg_catalog.pg_type t ON t.oid = d.refobjid
             JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace
             WHERE d.view_oid = c.oid AND d.refclassid = 'pg_catalog.pg_type'::regclass
               AND tn.nspname <> 'information_schema' AND tn.nspname !~ '^pg_'
             ORDER BY t.oid) AS type_schemas,
       ARRAY(SELECT t.typname FROM rule_depend d
             JOIN pg_catalog.pg_type t ON t.oid = d.refobjid
             JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace
             WHERE d.view_oid = c.oid AND d.refclassid = 'pg_catalog.pg_type'::regclass
               AND tn.nspname <> 'information_schema' AND tn.nspname !~ '^pg_'
             ORDER BY t.oid) AS type_names
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('v', 'm')
  AND n.nspname <> 'information_schema'
  AND n.nspname !~ '^pg_'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY 1, 2
