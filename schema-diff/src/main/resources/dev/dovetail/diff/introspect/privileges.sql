-- Privileges on the schemas, tables, views, columns, sequences, functions, procedures and aggregates Dovetail manages, as
-- differences from the defaults every new object gets (acldefault): privileges granted beyond them, and
-- default privileges revoked (EXECUTE for PUBLIC on a function, say). An object whose ACL was never touched
-- has no rows. The owner's own privileges and who granted what are left out. Run only with includePrivileges.
-- Default privileges (ALTER DEFAULT PRIVILEGES, pg_default_acl) come as the same differences: those of every schema
-- replace acldefault for the role's new objects, those of one schema only add to them. Their role is NULL when it
-- is the role reading (the one that runs the migrations; on a scratch database, the one the declared SQL ran as).
-- Large objects' default privileges are not managed, nor those of a superuser other than the reading role (the
-- unmanaged query names both).
WITH managed_relation AS (
  SELECT c.oid, n.nspname, c.relname, c.relkind, c.relowner, c.relacl
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE ((c.relkind IN ('r', 'p') AND NOT c.relispartition) OR c.relkind IN ('S', 'v', 'm'))
    AND n.nspname <> 'information_schema'
    AND n.nspname !~ '^pg_'
    -- an extension's, or part of another object (an identity column's sequence); a partitioned table depends
    -- internally on itself, on its partition key's columns, which leaves it managed
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                    WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('e', 'i')
                      AND NOT (d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjid = c.oid))
),
object AS (
  SELECT CASE r.relkind WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END AS kind,
         r.nspname AS schema_name, r.relname AS object_name, NULL::text AS arguments, NULL::name AS column_name,
         r.relowner AS owner, r.relacl AS acl,
         pg_catalog.acldefault((CASE r.relkind WHEN 'S' THEN 's' ELSE 'r' END)::"char", r.relowner) AS default_acl
  FROM managed_relation r
  UNION ALL
  SELECT 'COLUMN', r.nspname, r.relname, NULL, a.attname, r.relowner, a.attacl, pg_catalog.acldefault('c', r.relowner)
  FROM managed_relation r
  JOIN pg_catalog.pg_attribute a ON a.attrelid = r.oid
  WHERE r.relkind IN ('r', 'p', 'v', 'm') AND a.attnum > 0 AND NOT a.attisdropped AND a.attacl IS NOT NULL
  UNION ALL
  SELECT 'SCHEMA', n.nspname, NULL, NULL, NULL, n.nspowner, n.nspacl, pg_catalog.acldefault('n', n.nspowner)
  FROM pg_catalog.pg_namespace n
  WHERE n.nspname <> 'information_schema'
    AND n.nspname !~ '^pg_'
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                    WHERE d.classid = 'pg_catalog.pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e')
  UNION ALL
  SELECT 'FUNCTION', n.nspname, p.proname, pg_catalog.oidvectortypes(p.proargtypes), NULL,
         p.proowner, p.proacl, pg_catalog.acldefault('f', p.proowner)
  FROM pg_catalog.pg_proc p
  JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
  WHERE p.prokind IN ('f', 'p', 'a')
    AND n.nspname <> 'information_schema'
    AND n.nspname !~ '^pg_'
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                    WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid AND d.deptype IN ('e', 'i'))
  UNION ALL
  SELECT 'DEFAULT_' || CASE da.defaclobjtype WHEN 'r' THEN 'TABLES' WHEN 'S' THEN 'SEQUENCES' WHEN 'f' THEN 'FUNCTIONS'
                                             WHEN 'T' THEN 'TYPES' ELSE 'SCHEMAS' END,
         n.nspname, CASE WHEN pg_catalog.pg_get_userbyid(da.defaclrole) = current_user
                         THEN NULL ELSE pg_catalog.pg_get_userbyid(da.defaclrole) END,
         NULL, NULL, da.defaclrole, da.defaclacl,
         -- of one schema: only grants added to the defaults, nothing to compare with (aclexplode(NULL) has no rows)
         CASE WHEN da.defaclnamespace = 0
              THEN pg_catalog.acldefault(CASE da.defaclobjtype WHEN 'S' THEN 's' ELSE da.defaclobjtype END, da.defaclrole)
              END
  FROM pg_catalog.pg_default_acl da
  LEFT JOIN pg_catalog.pg_namespace n ON n.oid = da.defaclnamespace
  WHERE da.defaclobjtype IN ('r', 'S', 'f', 'T', 'n')
    -- a superuser's, unless it is the reading role, are left out as a superuser owner is (unmanaged.sql names them)
    AND (pg_catalog.pg_get_userbyid(da.defaclrole) = current_user
         OR NOT (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.oid = da.defaclrole))
),
entry AS (
  SELECT DISTINCT o.kind, o.schema_name, o.object_name, o.arguments, o.column_name,
         e.grantee, e.privilege_type, e.is_grantable, false AS revoked
  FROM object o
  CROSS JOIN LATERAL pg_catalog.aclexplode(coalesce(o.acl, o.default_acl)) e
  WHERE e.grantee <> o.owner
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.aclexplode(o.default_acl) d
                    WHERE d.grantee = e.grantee AND d.privilege_type = e.privilege_type AND d.is_grantable = e.is_grantable)
  UNION
  SELECT o.kind, o.schema_name, o.object_name, o.arguments, o.column_name,
         d.grantee, d.privilege_type, d.is_grantable, true
  FROM object o
  CROSS JOIN LATERAL pg_catalog.aclexplode(o.default_acl) d
  WHERE o.acl IS NOT NULL
    AND d.grantee <> o.owner
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.aclexplode(o.acl) e
                    WHERE e.grantee = d.grantee AND e.privilege_type = d.privilege_type AND e.is_grantable = d.is_grantable)
)
SELECT e.kind, e.schema_name, e.object_name, e.arguments, e.column_name,
       CASE WHEN e.grantee = 0 THEN 'public' ELSE r.rolname END AS grantee,
       e.privilege_type AS privilege, e.is_grantable AS grantable, e.revoked
FROM entry e
LEFT JOIN pg_catalog.pg_roles r ON r.oid = e.grantee
ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9
