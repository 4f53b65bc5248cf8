-- Enum types with their labels in sort order. format_type gives the name as column types and deparsed
-- definitions spell it (schema-qualified, quoted as needed), which is how their users are found.
SELECT n.nspname AS schema_name,
       t.typname AS type_name,
       pg_catalog.format_type(t.oid, NULL) AS reference,
       pg_catalog.obj_description(t.oid, 'pg_type') AS comment,
       ARRAY(SELECT e.enumlabel FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS labels
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
WHERE t.typtype = 'e'
  AND n.nspname <> 'information_schema'
  AND n.nspname !~ '^pg_'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY 1, 2
