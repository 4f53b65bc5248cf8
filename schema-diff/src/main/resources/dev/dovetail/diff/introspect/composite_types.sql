-- Composite types (CREATE TYPE … AS (…)), not tables' row types, with their attributes in order.
SELECT n.nspname AS schema_name,
       t.typname AS type_name,
       pg_catalog.format_type(t.oid, NULL) AS reference,
       pg_catalog.obj_description(t.oid, 'pg_type') AS comment,
       attributes.*
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_class c ON c.oid = t.typrelid AND c.relkind = 'c'
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
CROSS JOIN LATERAL (
  SELECT array_agg(a.attname ORDER BY a.attnum) AS attribute_names,
         array_agg(pg_catalog.format_type(a.atttypid, a.atttypmod) ORDER BY a.attnum) AS attribute_types,
         array_agg(CASE WHEN a.attcollation <> at.typcollation THEN cn.nspname END ORDER BY a.attnum) AS collation_schemas,
         array_agg(CASE WHEN a.attcollation <> at.typcollation THEN co.collname END ORDER BY a.attnum) AS collation_names,
         array_agg(pg_catalog.col_description(a.attrelid, a.attnum) ORDER BY a.attnum) AS attribute_comments
  FROM pg_catalog.pg_attribute a
  JOIN pg_catalog.pg_type at ON at.oid = a.atttypid
  LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
  LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
  WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
) attributes
WHERE t.typtype = 'c'
  AND n.nspname <> 'information_schema'
  AND n.nspname !~ '^pg_'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY 1, 2
