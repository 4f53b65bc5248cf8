-- Row-level security policies on managed tables and on the partitions of managed partitioned tables, with what their expressions use (pg_depend): the columns
-- (of any table) and other tables they read and the functions they call. PostgreSQL refuses to drop those,
-- or to change such a column's type, while the policy exists. Roles are names; 'public' is PUBLIC (oid 0).
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       pol.polname AS policy_name,
       pol.polpermissive AS permissive,
       CASE pol.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE'
                       WHEN 'd' THEN 'DELETE' ELSE 'ALL' END AS command,
       ARRAY(SELECT coalesce(r.rolname, 'public')
             FROM pg_catalog.unnest(pol.polroles) AS role(oid)
             LEFT JOIN pg_catalog.pg_roles r ON r.oid = role.oid
             ORDER BY 1) AS roles,
       pg_catalog.pg_get_expr(pol.polqual, pol.polrelid) AS using_expression,
       pg_catalog.pg_get_expr(pol.polwithcheck, pol.polrelid) AS check_expression,
       pg_catalog.obj_description(pol.oid, 'pg_policy') AS comment,
       used_columns.schemas AS column_schemas,
       used_columns.tables AS column_tables,
       used_columns.names AS column_names,
       used_tables.schemas AS table_schemas,
       used_tables.names AS table_names,
       used_functions.signatures AS functions
FROM pg_catalog.pg_policy pol
JOIN pg_catalog.pg_class c ON c.oid = pol.polrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN LATERAL (
  SELECT array_agg(rn.nspname ORDER BY rn.nspname, rc.relname, a.attname) AS schemas,
         array_agg(rc.relname ORDER BY rn.nspname, rc.relname, a.attname) AS tables,
         array_agg(a.attname ORDER BY rn.nspname, rc.relname, a.attname) AS names
  FROM pg_catalog.pg_depend d
  JOIN pg_catalog.pg_class rc ON rc.oid = d.refobjid
  JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
  JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
  WHERE d.classid = 'pg_catalog.pg_policy'::regclass AND d.objid = pol.oid
    AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjsubid > 0
) used_columns
CROSS JOIN LATERAL (
  SELECT array_agg(rn.nspname ORDER BY rn.nspname, rc.relname) AS schemas,
         array_agg(rc.relname ORDER BY rn.nspname, rc.relname) AS names
  FROM (SELECT DISTINCT d.refobjid FROM pg_catalog.pg_depend d
        WHERE d.classid = 'pg_catalog.pg_policy'::regclass AND d.objid = pol.oid
          AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjid <> pol.polrelid) dep
  JOIN pg_catalog.pg_class rc ON rc.oid = dep.refobjid
  JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
) used_tables
CROSS JOIN LATERAL (
  SELECT array_agg(pn.nspname || '.' || p.proname || '(' || pg_catalog.oidvectortypes(p.proargtypes) || ')' ORDER BY 1)
           AS signatures
  FROM pg_catalog.pg_depend d
  JOIN pg_catalog.pg_proc p ON p.oid = d.refobjid
  JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace
  WHERE d.classid = 'pg_catalog.pg_policy'::regclass AND d.objid = pol.oid
    AND d.refclassid = 'pg_catalog.pg_proc'::regclass
) used_functions
WHERE c.relkind IN ('r', 'p')  -- tables and their partitions, at any depth
  AND n.nspname <> 'information_schema'
  AND n.nspname !~ '^pg_'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY 1, 2, 3
