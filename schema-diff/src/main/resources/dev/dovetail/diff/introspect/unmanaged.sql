-- Objects in user schemas that Dovetail does not manage yet. They are reported by name so that nothing is
-- ignored silently; each kind leaves this query when the model learns it. Extension members are the
-- extension's business and are skipped.
WITH user_namespace AS (
  SELECT n.oid, n.nspname
  FROM pg_catalog.pg_namespace n
  WHERE n.nspname <> 'information_schema' AND n.nspname !~ '^pg_'
),
extension_member AS (
  SELECT d.classid, d.objid FROM pg_catalog.pg_depend d WHERE d.deptype = 'e'
)
SELECT kind, name FROM (
  SELECT 'foreign table' AS kind,
         pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname) AS name
  FROM pg_catalog.pg_class c
  JOIN user_namespace n ON n.oid = c.relnamespace
  -- Partitions, at any depth, are managed with their partitioned table.
  WHERE c.relkind = 'f'
    AND (SELECT count(*) FROM extension_member e
         WHERE e.classid = 'pg_catalog.pg_class'::regclass AND e.objid = c.oid) = 0
  UNION ALL
  SELECT 'window function',
         pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(p.proname)
           || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')'
  FROM pg_catalog.pg_proc p
  JOIN user_namespace n ON n.oid = p.pronamespace
  WHERE p.prokind = 'w'
    AND (SELECT count(*) FROM extension_member e
         WHERE e.classid = 'pg_catalog.pg_proc'::regclass AND e.objid = p.oid) = 0
    -- a range type's constructors belong to it
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend i
                    WHERE i.classid = 'pg_catalog.pg_proc'::regclass AND i.objid = p.oid AND i.deptype = 'i')
  UNION ALL
  SELECT 'trigger', pg_catalog.quote_ident(tg.tgname) || ' on '
           || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname)
  FROM pg_catalog.pg_trigger tg
  JOIN pg_catalog.pg_class c ON c.oid = tg.tgrelid
  JOIN user_namespace n ON n.oid = c.relnamespace
  -- those of tables, views and partitions (a partition's own, not cloned from its table's) are managed
  WHERE NOT tg.tgisinternal AND tg.tgparentid = 0 AND c.relkind NOT IN ('r', 'p', 'v')
  UNION ALL
  SELECT 'constraint on partition', pg_catalog.quote_ident(k.conname) || ' on '
           || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname)
  FROM pg_catalog.pg_constraint k
  JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
  JOIN user_namespace n ON n.oid = c.relnamespace
  -- a partition's check that merges with one of its table's (its own ones, at any depth, are managed)
  WHERE c.relispartition AND k.conislocal AND k.conparentid = 0 AND k.contype IN ('c', 'f', 'p', 'u', 'x')
    AND NOT (k.coninhcount = 0 AND c.relkind IN ('r', 'p'))
  UNION ALL
  -- a scratch database's sandbox (dovetail_ and 16 hex digits) is the role the declared SQL ran as, not a name to show
  SELECT 'default privileges', 'for ' || CASE WHEN r.rolname = current_user AND current_user ~ '^dovetail_[0-9a-f]{16}$'
                                          THEN 'the role that loads it' ELSE 'role ' || pg_catalog.quote_ident(r.rolname) END
           || coalesce(' in schema ' || pg_catalog.quote_ident(n.nspname), '') || ' on '
           || CASE da.defaclobjtype WHEN 'r' THEN 'tables' WHEN 'S' THEN 'sequences' WHEN 'f' THEN 'functions'
                                    WHEN 'T' THEN 'types' WHEN 'n' THEN 'schemas' ELSE 'large objects' END
  FROM pg_catalog.pg_default_acl da
  JOIN pg_catalog.pg_roles r ON r.oid = da.defaclrole
  LEFT JOIN pg_catalog.pg_namespace n ON n.oid = da.defaclnamespace
  -- the others are privileges (privileges.sql)
  WHERE da.defaclobjtype NOT IN ('r', 'S', 'f', 'T', 'n') OR (r.rolsuper AND r.rolname <> current_user)
  UNION ALL
  SELECT 'rule', pg_catalog.quote_ident(r.rulename) || ' on '
           || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname)
  FROM pg_catalog.pg_rewrite r
  JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
  JOIN user_namespace n ON n.oid = c.relnamespace
  WHERE r.rulename <> '_RETURN'
    AND c.relkind <> 'v'  -- rules of views are managed with their view
    AND NOT (c.relkind IN ('r', 'p') AND NOT c.relispartition)  -- and those of tables (rules.sql)
  UNION ALL
  -- kinds named in a schema that have no model (or, for statistics, not on that relation), as PostgreSQL names them
  SELECT o.type, o.identity
  FROM (SELECT 'pg_catalog.pg_statistic_ext'::regclass AS classid, s.oid AS objid FROM pg_catalog.pg_statistic_ext s
          JOIN pg_catalog.pg_class c ON c.oid = s.stxrelid
          WHERE NOT (c.relkind IN ('r', 'p') AND NOT c.relispartition)  -- those on managed tables are managed
        UNION ALL SELECT 'pg_catalog.pg_conversion'::regclass, c.oid FROM pg_catalog.pg_conversion c
        UNION ALL SELECT 'pg_catalog.pg_operator'::regclass, o.oid FROM pg_catalog.pg_operator o
        UNION ALL SELECT 'pg_catalog.pg_opfamily'::regclass, f.oid FROM pg_catalog.pg_opfamily f
        UNION ALL SELECT 'pg_catalog.pg_opclass'::regclass, c.oid FROM pg_catalog.pg_opclass c
        UNION ALL SELECT 'pg_catalog.pg_ts_config'::regclass, c.oid FROM pg_catalog.pg_ts_config c
        UNION ALL SELECT 'pg_catalog.pg_ts_dict'::regclass, d.oid FROM pg_catalog.pg_ts_dict d
        UNION ALL SELECT 'pg_catalog.pg_ts_parser'::regclass, p.oid FROM pg_catalog.pg_ts_parser p
        UNION ALL SELECT 'pg_catalog.pg_ts_template'::regclass, t.oid FROM pg_catalog.pg_ts_template t) x
  CROSS JOIN LATERAL pg_catalog.pg_identify_object(x.classid, x.objid, 0) o
  -- what initdb made has OIDs below 16384 (FirstNormalObjectId) and lives in system schemas: not identified at all
  WHERE x.objid >= 16384
    AND o.schema <> 'information_schema' AND o.schema !~ '^pg_'
    AND (SELECT count(*) FROM extension_member e WHERE e.classid = x.classid AND e.objid = x.objid) = 0
  UNION ALL
  -- objects of the database that belong to no schema: made by users (OIDs from 16384 on), not by an extension
  SELECT o.type, o.identity
  FROM (SELECT 'pg_catalog.pg_event_trigger'::regclass AS classid, t.oid AS objid FROM pg_catalog.pg_event_trigger t
        UNION ALL SELECT 'pg_catalog.pg_publication'::regclass, p.oid FROM pg_catalog.pg_publication p
        UNION ALL SELECT 'pg_catalog.pg_foreign_data_wrapper'::regclass, w.oid FROM pg_catalog.pg_foreign_data_wrapper w
        UNION ALL SELECT 'pg_catalog.pg_foreign_server'::regclass, s.oid FROM pg_catalog.pg_foreign_server s
        UNION ALL SELECT 'pg_catalog.pg_user_mapping'::regclass, m.umid FROM pg_catalog.pg_user_mappings m -- the view: the table is the superuser's
        UNION ALL SELECT 'pg_catalog.pg_cast'::regclass, c.oid FROM pg_catalog.pg_cast c
        UNION ALL SELECT 'pg_catalog.pg_language'::regclass, l.oid FROM pg_catalog.pg_language l
        UNION ALL SELECT 'pg_catalog.pg_transform'::regclass, t.oid FROM pg_catalog.pg_transform t) x
  CROSS JOIN LATERAL pg_catalog.pg_identify_object(x.classid, x.objid, 0) o
  WHERE x.objid >= 16384
    AND (SELECT count(*) FROM extension_member e WHERE e.classid = x.classid AND e.objid = x.objid) = 0
    -- nor what comes with another object (a range type's casts to its multirange)
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend i
                    WHERE i.classid = x.classid AND i.objid = x.objid AND i.deptype IN ('i', 'a'))
  UNION ALL
  SELECT 'comment', 'on ' || pg_catalog.pg_describe_object(d.classoid, d.objoid, d.objsubid)
  FROM pg_catalog.pg_description d
  CROSS JOIN LATERAL pg_catalog.pg_identify_object(d.classoid, d.objoid, d.objsubid) o
  -- the comments initdb wrote are on system objects (OIDs below 16384), which the conditions below leave out anyway
  WHERE d.objoid >= 16384
    AND coalesce(o.schema, CASE WHEN o.type = 'schema' THEN o.identity END, 'pg_catalog') !~ '^(pg_|information_schema$)'
    AND NOT (o.type = 'schema' AND o.identity = 'public')  -- 'standard public schema' comes with every database
    AND o.type <> 'extension'
    -- comments on the objects Dovetail manages are part of the model
    AND NOT (d.classoid = 'pg_catalog.pg_namespace'::regclass)
    AND NOT (d.classoid = 'pg_catalog.pg_class'::regclass
             AND EXISTS (SELECT 1 FROM pg_catalog.pg_class c
                         WHERE c.oid = d.objoid
                           -- a table's or column's, a partition's (not its columns', at any depth)
                           AND ((c.relkind IN ('r', 'p') AND (NOT c.relispartition OR d.objsubid = 0))
                                OR c.relkind IN ('v', 'm', 'c')
                                OR (c.relkind = 'S' AND d.objsubid = 0
                                    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend i
                                                    WHERE i.classid = 'pg_catalog.pg_class'::regclass
                                                      AND i.objid = c.oid AND i.deptype = 'i'))
                                OR (c.relkind IN ('i', 'I') AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k
                                                                    WHERE k.conindid = c.oid AND k.contype IN ('p', 'u', 'x')))
                                -- the index behind a key or exclusion constraint of a table (not of a partition)
                                OR (c.relkind IN ('i', 'I') AND EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k
                                                                JOIN pg_catalog.pg_class kt ON kt.oid = k.conrelid
                                                                WHERE k.conindid = c.oid AND k.contype IN ('p', 'u', 'x')
                                                                  AND kt.relkind IN ('r', 'p') AND NOT kt.relispartition)))))
    AND NOT (d.classoid = 'pg_catalog.pg_policy'::regclass
             AND EXISTS (SELECT 1 FROM pg_catalog.pg_policy pol
                         JOIN pg_catalog.pg_class c ON c.oid = pol.polrelid
                         WHERE pol.oid = d.objoid AND c.relkind IN ('r', 'p')))
    AND NOT (d.classoid = 'pg_catalog.pg_constraint'::regclass
             AND EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k
                         JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
                         WHERE k.oid = d.objoid AND k.contype IN ('p', 'u', 'f', 'c', 'x') AND c.relkind IN ('r', 'p')
                           AND (NOT c.relispartition OR (k.conislocal AND k.coninhcount = 0 AND k.conparentid = 0))))
    AND NOT (d.classoid = 'pg_catalog.pg_type'::regclass
             AND EXISTS (SELECT 1 FROM pg_catalog.pg_type t
                         LEFT JOIN pg_catalog.pg_class c ON c.oid = t.typrelid
                         WHERE t.oid = d.objoid AND (t.typtype IN ('e', 'd', 'r') OR c.relkind = 'c')))
    AND NOT (d.classoid = 'pg_catalog.pg_rewrite'::regclass
             AND EXISTS (SELECT 1 FROM pg_catalog.pg_rewrite r
                         JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
                         WHERE r.oid = d.objoid AND (c.relkind = 'v' OR (c.relkind IN ('r', 'p') AND NOT c.relispartition))))
    AND NOT (d.classoid = 'pg_catalog.pg_proc'::regclass
             AND EXISTS (SELECT 1 FROM pg_catalog.pg_proc p WHERE p.oid = d.objoid AND p.prokind IN ('f', 'p', 'a')))
    AND NOT (d.classoid = 'pg_catalog.pg_trigger'::regclass
             AND EXISTS (SELECT 1 FROM pg_catalog.pg_trigger tg
                         JOIN pg_catalog.pg_class c ON c.oid = tg.tgrelid
                         WHERE tg.oid = d.objoid
                           AND ((c.relkind IN ('r', 'p', 'v') AND NOT c.relispartition)
                                -- a partition's own, at any depth
                                OR (c.relkind IN ('r', 'p') AND c.relispartition AND tg.tgparentid = 0))))
    AND (SELECT count(*) FROM extension_member e WHERE e.classid = d.classoid AND e.objid = d.objoid) = 0
) unmanaged
ORDER BY kind, name
