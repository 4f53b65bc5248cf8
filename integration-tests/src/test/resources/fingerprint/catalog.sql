-- The catalog fingerprint (test oracle, see CatalogFingerprint): one text line per object or attribute of the
-- user's schemas, built only from pg_catalog and PostgreSQL's own deparsers. It deliberately shares nothing
-- with the production introspection queries.
--
-- Printed: names, definitions and options. Never printed, because a migrated database and one built from
-- nothing legitimately differ in them: OIDs, attnum (column order), relfilenode, sequence current values,
-- enum sort-order numbers, and the names of implicit array types. ACLs and option lists are
-- sorted, and a NULL ACL is printed as the default it stands for, so the order of GRANTs does not matter.
-- System schemas and objects owned by extensions (pg_depend deptype 'e') are left out; objects created by
-- initdb (OID below 16384) are left out where they have no schema to tell them apart.
WITH
user_namespace AS (
  SELECT n.oid, n.nspname, n.nspowner, n.nspacl
  FROM pg_catalog.pg_namespace n
  -- user schemas cannot be named pg_*, so this leaves out pg_catalog, pg_toast and every pg_temp_* schema
  WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
),
extension_member AS (
  SELECT d.classid, d.objid FROM pg_catalog.pg_depend d WHERE d.deptype = 'e'
),
-- routines and casts that a range type creates for itself, and drops with itself
internal_part AS (
  SELECT d.classid, d.objid FROM pg_catalog.pg_depend d WHERE d.deptype = 'i'
),
relation AS (
  SELECT c.oid, c.relkind, c.relowner, c.relacl, c.relpersistence, c.reloptions, c.relam, c.relrowsecurity,
         c.relforcerowsecurity, c.relreplident, c.relispopulated, c.relispartition, c.relpartbound,
         pg_catalog.format('%I.%I', n.nspname, c.relname) AS name
  FROM pg_catalog.pg_class c
  JOIN user_namespace n ON n.oid = c.relnamespace
  WHERE NOT EXISTS (SELECT 1 FROM extension_member e
                    WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND e.objid = c.oid)
),
user_type AS (
  SELECT t.oid, t.typtype, t.typowner, t.typacl, t.typbasetype, t.typtypmod, t.typnotnull, t.typdefaultbin,
         t.typcollation, pg_catalog.format('%I.%I', n.nspname, t.typname) AS name
  FROM pg_catalog.pg_type t
  JOIN user_namespace n ON n.oid = t.typnamespace
  WHERE NOT EXISTS (SELECT 1 FROM extension_member e
                    WHERE e.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND e.objid = t.oid)
    -- the row types of tables, views and sequences are part of the relation
    AND (t.typrelid = 0 OR (SELECT c.relkind FROM pg_catalog.pg_class c WHERE c.oid = t.typrelid) = 'c')
    -- implicit array types and a range's multirange are part of the type they belong to
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type owner WHERE owner.typarray = t.oid)
    AND t.typtype <> 'm'
),
user_routine AS (
  SELECT p.oid, p.prokind, p.proowner, p.proacl,
         pg_catalog.format('%I.%I(%s)', n.nspname, p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid)) AS name
  FROM pg_catalog.pg_proc p
  JOIN user_namespace n ON n.oid = p.pronamespace
  WHERE NOT EXISTS (SELECT 1 FROM extension_member e
                    WHERE e.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND e.objid = p.oid)
    AND NOT EXISTS (SELECT 1 FROM internal_part i
                    WHERE i.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND i.objid = p.oid)
)

-- schemas
SELECT pg_catalog.concat_ws(' ', 'schema', pg_catalog.quote_ident(n.nspname),
         'owner', pg_catalog.pg_get_userbyid(n.nspowner),
         'acl', (SELECT pg_catalog.string_agg(a::text, ' ' ORDER BY a::text)
                 FROM pg_catalog.unnest(coalesce(n.nspacl, pg_catalog.acldefault('n', n.nspowner))) a)) AS line
FROM user_namespace n

UNION ALL -- extensions (their member objects are theirs, and left out everywhere else)
SELECT pg_catalog.concat_ws(' ', 'extension', pg_catalog.quote_ident(x.extname), 'version', x.extversion,
         'schema', pg_catalog.quote_ident(n.nspname))
FROM pg_catalog.pg_extension x
JOIN pg_catalog.pg_namespace n ON n.oid = x.extnamespace

UNION ALL -- relations: tables, partitioned tables, views, materialized views, sequences, foreign tables
SELECT pg_catalog.concat_ws(' ',
         CASE r.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'partitioned table' WHEN 'v' THEN 'view'
                        WHEN 'm' THEN 'materialized view' WHEN 'S' THEN 'sequence' ELSE 'foreign table' END,
         r.name,
         'owner', pg_catalog.pg_get_userbyid(r.relowner),
         'persistence', r.relpersistence,
         'access method ' || (SELECT am.amname FROM pg_catalog.pg_am am WHERE am.oid = r.relam),
         'options ' || (SELECT pg_catalog.string_agg(o, ',' ORDER BY o) FROM pg_catalog.unnest(r.reloptions) o),
         'acl', (SELECT pg_catalog.string_agg(a::text, ' ' ORDER BY a::text)
                 FROM pg_catalog.unnest(coalesce(r.relacl,
                        pg_catalog.acldefault(CASE r.relkind WHEN 'S' THEN 's' ELSE 'r' END::"char", r.relowner))) a),
         CASE WHEN r.relrowsecurity THEN 'row level security' END,
         CASE WHEN r.relforcerowsecurity THEN 'force row level security' END,
         'replica identity', r.relreplident,
         CASE WHEN r.relkind = 'm' AND NOT r.relispopulated THEN 'not populated' END,
         CASE WHEN r.relkind = 'p' THEN 'partition by ' || pg_catalog.pg_get_partkeydef(r.oid) END,
         CASE WHEN r.relispartition THEN 'partition bound ' || pg_catalog.pg_get_expr(r.relpartbound, r.oid) END,
         (SELECT 'server ' || pg_catalog.quote_ident(s.srvname) || ' options '
                   || coalesce((SELECT pg_catalog.string_agg(o, ',' ORDER BY o) FROM pg_catalog.unnest(f.ftoptions) o), '')
          FROM pg_catalog.pg_foreign_table f JOIN pg_catalog.pg_foreign_server s ON s.oid = f.ftserver
          WHERE f.ftrelid = r.oid))
FROM relation r
WHERE r.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')

UNION ALL -- inheritance and partitions (of tables and of indexes)
SELECT pg_catalog.concat_ws(' ', 'inherits', child.name, 'from', parent.name)
FROM pg_catalog.pg_inherits i
JOIN relation child ON child.oid = i.inhrelid
JOIN relation parent ON parent.oid = i.inhparent

UNION ALL -- view and materialized view definitions
SELECT pg_catalog.concat_ws(' ', 'definition', r.name, pg_catalog.pg_get_viewdef(r.oid))
FROM relation r
WHERE r.relkind IN ('v', 'm')

UNION ALL -- columns of relations and attributes of composite types, in no particular order
SELECT pg_catalog.concat_ws(' ',
         CASE WHEN r.relkind = 'c' THEN 'attribute' ELSE 'column' END,
         r.name || '.' || pg_catalog.quote_ident(a.attname),
         pg_catalog.format_type(a.atttypid, a.atttypmod),
         CASE WHEN a.attcollation <> t.typcollation
              THEN 'collate ' || (SELECT pg_catalog.format('%I.%I', cn.nspname, co.collname)
                                  FROM pg_catalog.pg_collation co
                                  JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
                                  WHERE co.oid = a.attcollation) END,
         CASE WHEN a.attnotnull THEN 'not null' END,
         CASE a.attidentity WHEN 'a' THEN 'generated always as identity'
                            WHEN 'd' THEN 'generated by default as identity' END,
         CASE a.attgenerated WHEN 's' THEN 'generated always as (' || pg_catalog.pg_get_expr(d.adbin, d.adrelid) || ') stored'
                             WHEN 'v' THEN 'generated always as (' || pg_catalog.pg_get_expr(d.adbin, d.adrelid) || ') virtual'
                             ELSE 'default ' || pg_catalog.pg_get_expr(d.adbin, d.adrelid) END,
         CASE WHEN a.attstorage <> t.typstorage THEN 'storage ' || a.attstorage::text END,
         CASE WHEN a.attcompression <> '' THEN 'compression ' || a.attcompression::text END,
         -- the statistics target: -1 before PostgreSQL 17, NULL since, for the default
         CASE WHEN a.attstattarget >= 0 THEN 'statistics ' || a.attstattarget::text END,
         'options ' || (SELECT pg_catalog.string_agg(o, ',' ORDER BY o) FROM pg_catalog.unnest(a.attoptions) o),
         'fdw options ' || (SELECT pg_catalog.string_agg(o, ',' ORDER BY o) FROM pg_catalog.unnest(a.attfdwoptions) o),
         'acl ' || (SELECT pg_catalog.string_agg(x::text, ' ' ORDER BY x::text) FROM pg_catalog.unnest(a.attacl) x))
FROM relation r
JOIN pg_catalog.pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE r.relkind IN ('r', 'p', 'v', 'm', 'f', 'c')

UNION ALL -- constraints of tables and of domains
SELECT pg_catalog.concat_ws(' ', 'constraint', coalesce(r.name, t.name), pg_catalog.quote_ident(k.conname),
         pg_catalog.pg_get_constraintdef(k.oid),
         CASE WHEN NOT k.convalidated THEN 'not validated' END)
FROM pg_catalog.pg_constraint k
LEFT JOIN relation r ON r.oid = k.conrelid
LEFT JOIN user_type t ON t.oid = k.contypid
WHERE r.oid IS NOT NULL OR t.oid IS NOT NULL

UNION ALL -- indexes, including those behind constraints
SELECT pg_catalog.concat_ws(' ', 'index', pg_catalog.pg_get_indexdef(i.indexrelid),
         CASE WHEN NOT i.indisvalid THEN 'invalid' END,
         CASE WHEN i.indisclustered THEN 'clustered' END,
         CASE WHEN i.indisreplident THEN 'replica identity' END)
FROM pg_catalog.pg_index i
JOIN relation r ON r.oid = i.indrelid

UNION ALL -- triggers written by users (not the internal ones behind foreign keys)
SELECT pg_catalog.concat_ws(' ', 'trigger', pg_catalog.pg_get_triggerdef(tg.oid), 'enabled', tg.tgenabled)
FROM pg_catalog.pg_trigger tg
JOIN relation r ON r.oid = tg.tgrelid
WHERE NOT tg.tgisinternal

UNION ALL -- rules (a view's own _RETURN rule is its definition, above)
SELECT pg_catalog.concat_ws(' ', 'rule', pg_catalog.pg_get_ruledef(ru.oid), 'enabled', ru.ev_enabled)
FROM pg_catalog.pg_rewrite ru
JOIN relation r ON r.oid = ru.ev_class
WHERE ru.rulename <> '_RETURN'

UNION ALL -- row-level security policies
SELECT pg_catalog.concat_ws(' ', 'policy', r.name, pg_catalog.quote_ident(p.polname),
         CASE WHEN p.polpermissive THEN 'permissive' ELSE 'restrictive' END,
         'for', CASE p.polcmd WHEN 'r' THEN 'select' WHEN 'a' THEN 'insert' WHEN 'w' THEN 'update'
                              WHEN 'd' THEN 'delete' ELSE 'all' END,
         'to', (SELECT pg_catalog.string_agg(CASE WHEN role = 0 THEN 'public'
                                                  ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(role)) END,
                                             ',' ORDER BY 1)
                FROM pg_catalog.unnest(p.polroles) role),
         'using (' || pg_catalog.pg_get_expr(p.polqual, p.polrelid) || ')',
         'with check (' || pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) || ')')
FROM pg_catalog.pg_policy p
JOIN relation r ON r.oid = p.polrelid

UNION ALL -- sequence options and what owns the sequence (never its current value)
SELECT pg_catalog.concat_ws(' ', 'sequence options', r.name, 'as', pg_catalog.format_type(s.seqtypid, NULL),
         'start', s.seqstart, 'increment', s.seqincrement, 'minvalue', s.seqmin, 'maxvalue', s.seqmax,
         'cache', s.seqcache, CASE WHEN s.seqcycle THEN 'cycle' ELSE 'no cycle' END,
         (SELECT 'owned by ' || owner.name || '.' || pg_catalog.quote_ident(a.attname)
                   || CASE WHEN d.deptype = 'i' THEN ' (identity)' ELSE '' END
          FROM pg_catalog.pg_depend d
          JOIN relation owner ON owner.oid = d.refobjid
          JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
          WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = r.oid
            AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.refobjsubid > 0
            AND d.deptype IN ('a', 'i')))
FROM pg_catalog.pg_sequence s
JOIN relation r ON r.oid = s.seqrelid

UNION ALL -- types: enums, domains, ranges, composite and base types
SELECT pg_catalog.concat_ws(' ',
         CASE t.typtype WHEN 'e' THEN 'enum' WHEN 'd' THEN 'domain' WHEN 'r' THEN 'range type'
                        WHEN 'c' THEN 'composite type' WHEN 'b' THEN 'base type' ELSE 'type' END,
         t.name,
         'owner', pg_catalog.pg_get_userbyid(t.typowner),
         'acl', (SELECT pg_catalog.string_agg(a::text, ' ' ORDER BY a::text)
                 FROM pg_catalog.unnest(coalesce(t.typacl, pg_catalog.acldefault('T', t.typowner))) a),
         CASE WHEN t.typtype = 'e'
              THEN 'labels ' || (SELECT pg_catalog.string_agg(pg_catalog.quote_literal(e.enumlabel), ', '
                                                              ORDER BY e.enumsortorder)
                                 FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid) END,
         CASE WHEN t.typtype = 'd' THEN 'over ' || pg_catalog.format_type(t.typbasetype, t.typtypmod) END,
         CASE WHEN t.typtype = 'd' AND t.typcollation <> (SELECT b.typcollation FROM pg_catalog.pg_type b
                                                          WHERE b.oid = t.typbasetype)
              THEN 'collate ' || t.typcollation::pg_catalog.regcollation::text END,
         CASE WHEN t.typtype = 'd' THEN 'default ' || pg_catalog.pg_get_expr(t.typdefaultbin, 0) END,
         CASE WHEN t.typtype = 'd' AND t.typnotnull THEN 'not null' END,
         (SELECT pg_catalog.concat_ws(' ', 'subtype', pg_catalog.format_type(g.rngsubtype, NULL),
                   'opclass', (SELECT pg_catalog.format('%I.%I', cn.nspname, oc.opcname)
                               FROM pg_catalog.pg_opclass oc
                               JOIN pg_catalog.pg_namespace cn ON cn.oid = oc.opcnamespace
                               WHERE oc.oid = g.rngsubopc),
                   'collation ' || nullif(g.rngcollation, 0)::pg_catalog.regcollation::text,
                   'canonical ' || nullif(g.rngcanonical, 0)::pg_catalog.regproc::text,
                   'subdiff ' || nullif(g.rngsubdiff, 0)::pg_catalog.regproc::text,
                   'multirange', pg_catalog.format_type(g.rngmultitypid, NULL))
          FROM pg_catalog.pg_range g WHERE g.rngtypid = t.oid))
FROM user_type t

UNION ALL -- functions, procedures and window functions, as PostgreSQL would recreate them
SELECT pg_catalog.concat_ws(' ', 'routine', p.name,
         'owner', pg_catalog.pg_get_userbyid(p.proowner),
         'acl', (SELECT pg_catalog.string_agg(a::text, ' ' ORDER BY a::text)
                 FROM pg_catalog.unnest(coalesce(p.proacl, pg_catalog.acldefault('f', p.proowner))) a),
         pg_catalog.pg_get_functiondef(p.oid))
FROM user_routine p
WHERE p.prokind <> 'a'

UNION ALL -- aggregates, which pg_get_functiondef cannot print
SELECT pg_catalog.concat_ws(' ', 'aggregate', p.name,
         'owner', pg_catalog.pg_get_userbyid(p.proowner),
         'kind', g.aggkind, 'state', g.aggtransfn::text, pg_catalog.format_type(g.aggtranstype, NULL),
         'initial ' || g.agginitval, 'final ' || nullif(g.aggfinalfn::text, '-'),
         'combine ' || nullif(g.aggcombinefn::text, '-'), 'sort operator ' || nullif(g.aggsortop, 0)::pg_catalog.regoperator::text)
FROM user_routine p
JOIN pg_catalog.pg_aggregate g ON g.aggfnoid = p.oid

UNION ALL -- extended statistics: their columns by name, as pg_get_statisticsobjdef lists them by attnum (column order)
SELECT pg_catalog.concat_ws(' ', 'statistics', pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(s.stxname),
         'on', s.stxrelid::pg_catalog.regclass::text,
         'kinds', (SELECT pg_catalog.string_agg(k::text, ',' ORDER BY k::text) FROM pg_catalog.unnest(s.stxkind) k),
         'columns', (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname), ',' ORDER BY a.attname)
                     FROM pg_catalog.pg_attribute a
                     WHERE a.attrelid = s.stxrelid AND a.attnum = ANY (s.stxkeys::pg_catalog.int2[])),
         'expressions', pg_catalog.array_to_string(pg_catalog.pg_get_statisticsobjdef_expressions(s.oid), ', '),
         CASE WHEN s.stxstattarget >= 0 THEN 'target ' || s.stxstattarget::text END)
FROM pg_catalog.pg_statistic_ext s
JOIN user_namespace n ON n.oid = s.stxnamespace

UNION ALL -- default privileges
SELECT pg_catalog.concat_ws(' ', 'default privileges for', pg_catalog.pg_get_userbyid(da.defaclrole),
         'in schema', (SELECT pg_catalog.quote_ident(n.nspname) FROM pg_catalog.pg_namespace n WHERE n.oid = da.defaclnamespace),
         'on', da.defaclobjtype,
         'acl', (SELECT pg_catalog.string_agg(a::text, ' ' ORDER BY a::text) FROM pg_catalog.unnest(da.defaclacl) a))
FROM pg_catalog.pg_default_acl da

UNION ALL -- every other kind of object a user can create, by its identity only
SELECT pg_catalog.concat_ws(' ', 'object', o.type, o.identity)
FROM (SELECT 'pg_catalog.pg_collation'::pg_catalog.regclass AS classid, oid FROM pg_catalog.pg_collation
      UNION ALL SELECT 'pg_catalog.pg_operator'::pg_catalog.regclass, oid FROM pg_catalog.pg_operator
      UNION ALL SELECT 'pg_catalog.pg_opclass'::pg_catalog.regclass, oid FROM pg_catalog.pg_opclass
      UNION ALL SELECT 'pg_catalog.pg_opfamily'::pg_catalog.regclass, oid FROM pg_catalog.pg_opfamily
      UNION ALL SELECT 'pg_catalog.pg_conversion'::pg_catalog.regclass, oid FROM pg_catalog.pg_conversion
      UNION ALL SELECT 'pg_catalog.pg_ts_config'::pg_catalog.regclass, oid FROM pg_catalog.pg_ts_config
      UNION ALL SELECT 'pg_catalog.pg_ts_dict'::pg_catalog.regclass, oid FROM pg_catalog.pg_ts_dict
      UNION ALL SELECT 'pg_catalog.pg_ts_parser'::pg_catalog.regclass, oid FROM pg_catalog.pg_ts_parser
      UNION ALL SELECT 'pg_catalog.pg_ts_template'::pg_catalog.regclass, oid FROM pg_catalog.pg_ts_template
      UNION ALL SELECT 'pg_catalog.pg_cast'::pg_catalog.regclass, oid FROM pg_catalog.pg_cast
      UNION ALL SELECT 'pg_catalog.pg_language'::pg_catalog.regclass, oid FROM pg_catalog.pg_language
      UNION ALL SELECT 'pg_catalog.pg_foreign_data_wrapper'::pg_catalog.regclass, oid FROM pg_catalog.pg_foreign_data_wrapper
      UNION ALL SELECT 'pg_catalog.pg_foreign_server'::pg_catalog.regclass, oid FROM pg_catalog.pg_foreign_server
      UNION ALL SELECT 'pg_catalog.pg_event_trigger'::pg_catalog.regclass, oid FROM pg_catalog.pg_event_trigger
      UNION ALL SELECT 'pg_catalog.pg_publication'::pg_catalog.regclass, oid FROM pg_catalog.pg_publication) x
CROSS JOIN LATERAL pg_catalog.pg_identify_object(x.classid, x.oid, 0) o
WHERE x.oid >= 16384
  AND (o.schema IS NULL OR o.schema IN (SELECT nspname FROM user_namespace))
  AND NOT EXISTS (SELECT 1 FROM extension_member e WHERE e.classid = x.classid AND e.objid = x.oid)
  AND NOT EXISTS (SELECT 1 FROM internal_part i WHERE i.classid = x.classid AND i.objid = x.oid)

UNION ALL -- comments on anything above
SELECT pg_catalog.concat_ws(' ', 'comment on', o.type, o.identity, 'is', pg_catalog.quote_literal(d.description))
FROM pg_catalog.pg_description d
CROSS JOIN LATERAL pg_catalog.pg_identify_object(d.classoid, d.objoid, d.objsubid) o
WHERE (d.objoid >= 16384 OR d.classoid = 'pg_catalog.pg_namespace'::pg_catalog.regclass)
  AND (o.schema IS NULL OR o.schema IN (SELECT nspname FROM user_namespace))
  AND NOT (o.type = 'schema' AND o.identity NOT IN (SELECT pg_catalog.quote_ident(nspname) FROM user_namespace))
  AND NOT EXISTS (SELECT 1 FROM extension_member e WHERE e.classid = d.classoid AND e.objid = d.objoid)
