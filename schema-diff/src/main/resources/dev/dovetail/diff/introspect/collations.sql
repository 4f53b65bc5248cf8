-- Collations of user schemas, extension members excepted. The locale and ICU rules columns are read through
-- to_jsonb because their names differ between releases (colliculocale before 17, colllocale since; collicurules
-- since 16). The version (collversion) is the provider library's and is not read.
SELECT n.nspname AS schema_name,
       co.collname AS collation_name,
       CASE co.collprovider WHEN 'i' THEN 'icu' WHEN 'b' THEN 'builtin' ELSE 'libc' END AS provider,
       CASE WHEN co.collprovider <> 'c'
            THEN coalesce(pg_catalog.to_jsonb(co) ->> 'colllocale', pg_catalog.to_jsonb(co) ->> 'colliculocale') END AS locale,
       CASE WHEN co.collprovider = 'c' THEN co.collcollate END AS lc_collate,
       CASE WHEN co.collprovider = 'c' THEN co.collctype END AS lc_ctype,
       co.collisdeterministic AS deterministic,
       pg_catalog.to_jsonb(co) ->> 'collicurules' AS rules
FROM pg_catalog.pg_collation co
JOIN pg_catalog.pg_namespace n ON n.oid = co.collnamespace
WHERE n.nspname <> 'information_schema'
  AND n.nspname !~ '^pg_'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_collation'::regclass AND d.objid = co.oid AND d.deptype = 'e')
ORDER BY 1, 2
