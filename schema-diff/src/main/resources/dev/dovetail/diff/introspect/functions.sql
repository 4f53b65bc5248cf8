-- Functions, procedures and aggregates (not window functions), with PostgreSQL's own definition text. An aggregate
-- has no deparser: its CREATE OR REPLACE AGGREGATE is spelt out here from pg_aggregate with every option that differs
-- from the default, as pg_dump does (functions named through regproc and types through format_type, which qualify
-- what search_path = pg_catalog does not show). Its state and final functions are dependencies like a SQL-standard
-- body's calls. A range type's constructors depend on it internally and belong to it.
SELECT n.nspname AS schema_name,
       p.proname AS function_name,
       pg_catalog.oidvectortypes(p.proargtypes) AS argument_types,
       pg_catalog.pg_get_function_identity_arguments(p.oid) AS identity_arguments,
       p.prokind AS kind,
       pg_catalog.pg_get_function_arguments(p.oid) AS arguments,
       pg_catalog.pg_get_function_result(p.oid) AS result,
       CASE WHEN p.prokind = 'a' THEN
         'CREATE OR REPLACE AGGREGATE ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(p.proname)
         || '(' || CASE WHEN p.pronargs = 0 THEN '*' ELSE pg_catalog.pg_get_function_arguments(p.oid) END || ') ('
         || pg_catalog.concat_ws(', ',
              'SFUNC = ' || a.aggtransfn::pg_catalog.regproc::text,
              'STYPE = ' || pg_catalog.format_type(a.aggtranstype, NULL),
              CASE WHEN a.aggtransspace <> 0 THEN 'SSPACE = ' || a.aggtransspace END,
              CASE WHEN a.aggfinalfn <> 0 THEN 'FINALFUNC = ' || a.aggfinalfn::pg_catalog.regproc::text END,
              CASE WHEN a.aggfinalextra THEN 'FINALFUNC_EXTRA' END,
              CASE WHEN a.aggfinalmodify <> CASE a.aggkind WHEN 'n' THEN 'r' ELSE 'w' END
                   THEN 'FINALFUNC_MODIFY = ' || CASE a.aggfinalmodify WHEN 'r' THEN 'READ_ONLY' WHEN 's' THEN 'SHAREABLE'
                                                                       ELSE 'READ_WRITE' END END,
              CASE WHEN a.aggcombinefn <> 0 THEN 'COMBINEFUNC = ' || a.aggcombinefn::pg_catalog.regproc::text END,
              CASE WHEN a.aggserialfn <> 0 THEN 'SERIALFUNC = ' || a.aggserialfn::pg_catalog.regproc::text END,
              CASE WHEN a.aggdeserialfn <> 0 THEN 'DESERIALFUNC = ' || a.aggdeserialfn::pg_catalog.regproc::text END,
              CASE WHEN a.agginitval IS NOT NULL THEN 'INITCOND = ' || pg_catalog.quote_literal(a.agginitval) END,
              CASE WHEN a.aggmtransfn <> 0 THEN 'MSFUNC = ' || a.aggmtransfn::pg_catalog.regproc::text END,
              CASE WHEN a.aggminvtransfn <> 0 THEN 'MINVFUNC = ' || a.aggminvtransfn::pg_catalog.regproc::text END,
              CASE WHEN a.aggmtranstype <> 0 THEN 'MSTYPE = ' || pg_catalog.format_type(a.aggmtranstype, NULL) END,
              CASE WHEN a.aggmtransspace <> 0 THEN 'MSSPACE = ' || a.aggmtransspace END,
              CASE WHEN a.aggmfinalfn <> 0 THEN 'MFINALFUNC = ' || a.aggmfinalfn::pg_catalog.regproc::text END,
              CASE WHEN a.aggmfinalextra THEN 'MFINALFUNC_EXTRA' END,
              CASE WHEN a.aggmtransfn <> 0 AND a.aggmfinalmodify <> CASE a.aggkind WHEN 'n' THEN 'r' ELSE 'w' END
                   THEN 'MFINALFUNC_MODIFY = ' || CASE a.aggmfinalmodify WHEN 'r' THEN 'READ_ONLY' WHEN 's' THEN 'SHAREABLE'
                                                                         ELSE 'READ_WRITE' END END,
              CASE WHEN a.aggminitval IS NOT NULL THEN 'MINITCOND = ' || pg_catalog.quote_literal(a.aggminitval) END,
              CASE WHEN a.aggsortop <> 0
                   THEN 'SORTOP = OPERATOR(' || (SELECT pg_catalog.quote_ident(onsp.nspname) || '.' || o.oprname
                                                 FROM pg_catalog.pg_operator o
                                                 JOIN pg_catalog.pg_namespace onsp ON onsp.oid = o.oprnamespace
                                                 WHERE o.oid = a.aggsortop) || ')' END,
              CASE p.proparallel WHEN 's' THEN 'PARALLEL = SAFE' WHEN 'r' THEN 'PARALLEL = RESTRICTED' END,
              CASE WHEN a.aggkind = 'h' THEN 'HYPOTHETICAL' END)
         || ')'
       ELSE pg_catalog.pg_get_functiondef(p.oid) END AS definition,
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
LEFT JOIN pg_catalog.pg_aggregate a ON a.aggfnoid = p.oid
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
WHERE p.prokind IN ('f', 'p', 'a')
  AND n.nspname <> 'information_schema'
  AND n.nspname !~ '^pg_'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid AND d.deptype IN ('e', 'i'))
ORDER BY 1, 2, 3
