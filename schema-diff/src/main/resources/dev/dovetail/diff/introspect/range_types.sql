-- Range types of user schemas, extension members excepted, with their multirange (PostgreSQL 14 on) and what their
-- definition names: the subtype; its operator class and the collation only where they are not the subtype's defaults;
-- the canonical and subtype difference functions by name (a range type's function takes fixed arguments).
SELECT n.nspname AS schema_name,
       t.typname AS type_name,
       pg_catalog.obj_description(t.oid, 'pg_type') AS comment,
       pg_catalog.format_type(r.rngsubtype, NULL) AS subtype,
       CASE WHEN NOT oc.opcdefault THEN ocn.nspname END AS opclass_schema,
       CASE WHEN NOT oc.opcdefault THEN oc.opcname END AS opclass_name,
       CASE WHEN r.rngcollation <> 0 AND r.rngcollation <> st.typcollation THEN con.nspname END AS collation_schema,
       CASE WHEN r.rngcollation <> 0 AND r.rngcollation <> st.typcollation THEN co.collname END AS collation_name,
       cpn.nspname AS canonical_schema,
       cp.proname AS canonical_name,
       dpn.nspname AS subtype_diff_schema,
       dp.proname AS subtype_diff_name,
       mn.nspname AS multirange_schema,
       m.typname AS multirange_name
FROM pg_catalog.pg_range r
JOIN pg_catalog.pg_type t ON t.oid = r.rngtypid
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_type st ON st.oid = r.rngsubtype
JOIN pg_catalog.pg_opclass oc ON oc.oid = r.rngsubopc
JOIN pg_catalog.pg_namespace ocn ON ocn.oid = oc.opcnamespace
LEFT JOIN pg_catalog.pg_collation co ON co.oid = r.rngcollation
LEFT JOIN pg_catalog.pg_namespace con ON con.oid = co.collnamespace
LEFT JOIN pg_catalog.pg_proc cp ON cp.oid = r.rngcanonical
LEFT JOIN pg_catalog.pg_namespace cpn ON cpn.oid = cp.pronamespace
LEFT JOIN pg_catalog.pg_proc dp ON dp.oid = r.rngsubdiff
LEFT JOIN pg_catalog.pg_namespace dpn ON dpn.oid = dp.pronamespace
JOIN pg_catalog.pg_type m ON m.oid = r.rngmultitypid
JOIN pg_catalog.pg_namespace mn ON mn.oid = m.typnamespace
WHERE n.nspname <> 'information_schema'
  AND n.nspname !~ '^pg_'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY 1, 2
