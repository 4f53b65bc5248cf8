-- What objects Dovetail does not manage depend on among the objects it does (functions, types, relations and their
-- columns, schemas, collations, extensions): a plan that drops such an object would fail on the database with
-- "other objects depend on it", though its proof, which builds only what Dovetail manages, passes. One row per
-- dependency, the dependent as PostgreSQL identifies it (type and qualified identity) and the object it depends on as a change names it.
WITH unmanaged AS (
  SELECT d.classid, d.objid, d.objsubid, d.refclassid, d.refobjid, d.refobjsubid
  FROM pg_catalog.pg_depend d
  WHERE d.deptype IN ('n', 'a')
    AND (d.classid IN ('pg_catalog.pg_event_trigger'::regclass, 'pg_catalog.pg_foreign_server'::regclass,
                       'pg_catalog.pg_foreign_data_wrapper'::regclass, 'pg_catalog.pg_user_mapping'::regclass,
                       'pg_catalog.pg_cast'::regclass, 'pg_catalog.pg_operator'::regclass, 'pg_catalog.pg_opclass'::regclass,
                       'pg_catalog.pg_opfamily'::regclass, 'pg_catalog.pg_amop'::regclass, 'pg_catalog.pg_amproc'::regclass,
                       'pg_catalog.pg_ts_config'::regclass, 'pg_catalog.pg_ts_dict'::regclass,
                       'pg_catalog.pg_ts_parser'::regclass, 'pg_catalog.pg_ts_template'::regclass,
                       'pg_catalog.pg_conversion'::regclass, 'pg_catalog.pg_transform'::regclass,
                       'pg_catalog.pg_language'::regclass, 'pg_catalog.pg_publication_rel'::regclass,
                       pg_catalog.to_regclass('pg_catalog.pg_publication_namespace'))
         -- window functions
         OR (d.classid = 'pg_catalog.pg_proc'::regclass
             AND EXISTS (SELECT FROM pg_catalog.pg_proc p WHERE p.oid = d.objid AND p.prokind = 'w'))
         -- range and multirange types
         OR (d.classid = 'pg_catalog.pg_type'::regclass
             AND EXISTS (SELECT FROM pg_catalog.pg_type t WHERE t.oid = d.objid AND t.typtype IN ('r', 'm')))
         -- foreign tables
         OR (d.classid = 'pg_catalog.pg_class'::regclass
             AND EXISTS (SELECT FROM pg_catalog.pg_class c WHERE c.oid = d.objid AND c.relkind = 'f'))
         -- rules, but a view's own and those of views and managed tables
         OR (d.classid = 'pg_catalog.pg_rewrite'::regclass
             AND EXISTS (SELECT FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
                         WHERE r.oid = d.objid AND r.rulename <> '_RETURN' AND c.relkind <> 'v'
                           AND NOT (c.relkind IN ('r', 'p') AND NOT c.relispartition))))
    -- what an extension brings is the extension's business
    AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                    WHERE e.deptype = 'e' AND e.classid = d.classid AND e.objid = d.objid)
),
referenced AS (
  SELECT u.classid, u.objid, u.objsubid, 'function' AS kind, n.nspname AS schema, p.proname AS name,
         pg_catalog.oidvectortypes(p.proargtypes) AS member, u.refclassid, u.refobjid
  FROM unmanaged u JOIN pg_catalog.pg_proc p ON u.refclassid = 'pg_catalog.pg_proc'::regclass AND p.oid = u.refobjid
  JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
  UNION ALL
  SELECT u.classid, u.objid, u.objsubid, 'type', n.nspname, t.typname, NULL, u.refclassid, u.refobjid
  FROM unmanaged u JOIN pg_catalog.pg_type t ON u.refclassid = 'pg_catalog.pg_type'::regclass AND t.oid = u.refobjid
  JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
  UNION ALL
  SELECT u.classid, u.objid, u.objsubid, CASE WHEN u.refobjsubid > 0 THEN 'column' ELSE 'relation' END, n.nspname,
         c.relname, a.attname, u.refclassid, u.refobjid
  FROM unmanaged u JOIN pg_catalog.pg_class c ON u.refclassid = 'pg_catalog.pg_class'::regclass AND c.oid = u.refobjid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = u.refobjsubid AND u.refobjsubid > 0
  UNION ALL
  SELECT u.classid, u.objid, u.objsubid, 'schema', n.nspname, NULL, NULL, u.refclassid, u.refobjid
  FROM unmanaged u JOIN pg_catalog.pg_namespace n ON u.refclassid = 'pg_catalog.pg_namespace'::regclass AND n.oid = u.refobjid
  UNION ALL
  SELECT u.classid, u.objid, u.objsubid, 'collation', n.nspname, c.collname, NULL, u.refclassid, u.refobjid
  FROM unmanaged u JOIN pg_catalog.pg_collation c ON u.refclassid = 'pg_catalog.pg_collation'::regclass AND c.oid = u.refobjid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.collnamespace
  UNION ALL
  SELECT u.classid, u.objid, u.objsubid, 'extension', NULL, x.extname, NULL, u.refclassid, u.refobjid
  FROM unmanaged u JOIN pg_catalog.pg_extension x ON u.refclassid = 'pg_catalog.pg_extension'::regclass AND x.oid = u.refobjid
)
SELECT o.type || ' ' || o.identity AS dependent, r.kind, r.schema, r.name, r.member
FROM referenced r, pg_catalog.pg_identify_object(r.classid, r.objid, r.objsubid) o
WHERE r.schema IS NULL OR (r.schema <> 'information_schema' AND r.schema !~ '^pg_')
UNION
-- an object an extension brings: dropping the extension fails as well
SELECT o.type || ' ' || o.identity, 'extension', NULL, x.extname, NULL
FROM referenced r
CROSS JOIN pg_catalog.pg_identify_object(r.classid, r.objid, r.objsubid) o
JOIN pg_catalog.pg_depend e ON e.deptype = 'e' AND e.classid = r.refclassid AND e.objid = r.refobjid
JOIN pg_catalog.pg_extension x ON e.refclassid = 'pg_catalog.pg_extension'::regclass AND x.oid = e.refobjid
ORDER BY 1, 2, 3, 4, 5
