-- The owners of the objects Dovetail manages, where the owner is neither a superuser nor the role reading the catalog (on a scratch
-- database the role that loaded the declared schema, on the live database the migrating user): an object owned by
-- the reader has no row, so that a declared schema without OWNER TO states no owner. Left out: sequences owned by a
-- column (they follow their table's owner), objects of extensions, system schemas, and the public schema while it
-- has the owner every new database gives it (pg_database_owner). The reader keeps the rows of objects in its model
-- (the partitions of an unmanaged table are not).
WITH object AS (
  SELECT CASE WHEN c.relkind = 'S' THEN 'SEQUENCE' WHEN c.relkind = 'v' THEN 'VIEW'
              WHEN c.relkind = 'm' THEN 'MATERIALIZED_VIEW' ELSE 'TABLE' END AS kind,
         n.nspname AS schema_name, c.relname AS object_name, NULL::text AS arguments, c.relowner AS owner,
         'pg_catalog.pg_class'::regclass AS classid, c.oid AS objid
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  -- partitions too, at any depth: each has an owner of its own
  WHERE c.relkind IN ('r', 'p', 'S', 'v', 'm')
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                    WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid
                      AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjsubid > 0 AND d.deptype IN ('a', 'i'))
  UNION ALL
  SELECT CASE t.typtype WHEN 'e' THEN 'ENUM' WHEN 'd' THEN 'DOMAIN' WHEN 'r' THEN 'RANGE_TYPE' ELSE 'COMPOSITE_TYPE' END,
         n.nspname, t.typname, NULL, t.typowner, 'pg_catalog.pg_type'::regclass, t.oid
  FROM pg_catalog.pg_type t
  JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
  LEFT JOIN pg_catalog.pg_class c ON c.oid = t.typrelid
  WHERE t.typtype IN ('e', 'd', 'r') OR (t.typtype = 'c' AND c.relkind = 'c')
  UNION ALL
  SELECT CASE p.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END,
         n.nspname, p.proname, pg_catalog.oidvectortypes(p.proargtypes), p.proowner, 'pg_catalog.pg_proc'::regclass, p.oid
  FROM pg_catalog.pg_proc p
  JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
  WHERE p.prokind IN ('f', 'p', 'a')
  UNION ALL
  SELECT 'COLLATION', n.nspname, c.collname, NULL, c.collowner, 'pg_catalog.pg_collation'::regclass, c.oid
  FROM pg_catalog.pg_collation c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.collnamespace
  UNION ALL
  SELECT 'STATISTICS', n.nspname, s.stxname, NULL, s.stxowner, 'pg_catalog.pg_statistic_ext'::regclass, s.oid
  FROM pg_catalog.pg_statistic_ext s
  JOIN pg_catalog.pg_namespace n ON n.oid = s.stxnamespace
  UNION ALL
  SELECT 'SCHEMA', n.nspname, NULL, NULL, n.nspowner, 'pg_catalog.pg_namespace'::regclass, n.oid
  FROM pg_catalog.pg_namespace n
  WHERE NOT (n.nspname = 'public' AND pg_catalog.pg_get_userbyid(n.nspowner) = 'pg_database_owner')
)
SELECT o.kind, o.schema_name, o.object_name, o.arguments, pg_catalog.pg_get_userbyid(o.owner) AS owner
FROM object o
WHERE o.schema_name <> 'information_schema'
  AND o.schema_name !~ '^pg_'
  AND pg_catalog.pg_get_userbyid(o.owner) <> current_user
  -- nor where a superuser owns it: scratch databases load declared SQL as a sandbox role, which must never give an
  -- object to a superuser (code it wrote would run with the superuser's rights), so such an owner cannot be reproduced
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.oid = o.owner AND r.rolsuper)
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = o.classid AND d.objid = o.objid AND d.deptype = 'e')
ORDER BY 1, 2, 3, 4
