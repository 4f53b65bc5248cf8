-- Functions and procedures (not aggregates or window functions), with PostgreSQL's own definition text.
-- A range type's constructors depend on it internally and belong to it.
SELECT n.nspname AS schema_name,
       p.proname AS function_name,
       pg_catalog.oidvectortypes(p.proargtypes) AS argument_types,
       pg_catalog.pg_get_function_identity_arguments(p.oid) AS identity_arguments,
       p.prokind = 'p' AS is_procedure,
       pg_catalog.pg_get_function_arguments(p.oid) AS arguments,
       pg_catalog.pg_get_function_result(p.oid) AS result,
       pg_catalog.pg_get_functiondef(p.oid) AS definition,
       pg_catalog.obj_description(p.oid, 'pg_proc') AS comment,
       -- what a SQL-standard body (BEGIN ATOMIC, RETURN) depends on: it must be created after those
       ARRAY(SELECT DISTINCT cn.nspname || '.' || c.proname || '(' || pg_catalog.oidvectortypes(c.proargtypes) || ')'
             FROM pg_catalog.pg_depend d
             JOIN pg_catalog.pg_proc c ON c.oid = d.refobjid
             JOIN pg_catalog.pg_namespace cn ON cn.oid = c.pronamespace
             WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'n'
               AND d.refclassid = 'pg_catalog.pg_proc'::regclass AND c.oid <> p.oid
               AND cn.nspname <> 'information_schema' AND cn.nspname !~ '^pg_') AS calls,
       reads.schemas AS reads_schemas,
       reads.names AS reads_names
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
CROSS JOIN LATERAL (
  SELECT pg_catalog.array_agg(r.nspname ORDER BY r.nspname, r.relname) AS schemas,
         pg_catalog.array_agg(r.relname ORDER BY r.nspname, r.relname) AS names
  FROM (SELECT DISTINCT rn.nspname, rc.relname
        FROM pg_catalog.pg_depend d
        JOIN pg_catalog.pg_class rc ON rc.oid = d.refobjid
        JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
        WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'n'
          AND d.refclassid = 'pg_catalog.pg_class'::regclass
          AND rn.nspname <> 'information_schema' AND rn.nspname !~ '^pg_') r
) reads
WHERE p.prokind IN ('f', 'p')
  AND n.nspname <> 'information_schema'
  AND n.nspname !~ '^pg_'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid AND d.deptype IN ('e', 'i'))
ORDER BY 1, 2, 3
