-- Extended statistics objects on managed tables (on other relations they are listed by unmanaged.sql), with
-- PostgreSQL's own definition and the columns they read (their dependencies, expressions included). The target is
-- NULL for the default (-1 before PostgreSQL 17).
SELECT n.nspname AS schema_name,
       s.stxname AS statistics_name,
       tn.nspname AS table_schema,
       c.relname AS table_name,
       pg_catalog.pg_get_statisticsobjdef(s.oid) AS definition,
       ARRAY(SELECT DISTINCT a.attname
             FROM pg_catalog.pg_depend d
             JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
             WHERE d.classid = 'pg_catalog.pg_statistic_ext'::regclass AND d.objid = s.oid
               AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjsubid > 0
             ORDER BY 1) AS columns,
       CASE WHEN s.stxstattarget IS NULL OR s.stxstattarget < 0 THEN NULL ELSE s.stxstattarget END AS target
FROM pg_catalog.pg_statistic_ext s
JOIN pg_catalog.pg_namespace n ON n.oid = s.stxnamespace
JOIN pg_catalog.pg_class c ON c.oid = s.stxrelid
JOIN pg_catalog.pg_namespace tn ON tn.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND n.nspname <> 'information_schema'
  AND n.nspname !~ '^pg_'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_statistic_ext'::regclass AND d.objid = s.oid AND d.deptype = 'e')
ORDER BY 1, 2
