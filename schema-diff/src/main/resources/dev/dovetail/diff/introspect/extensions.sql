-- Installed extensions; plpgsql comes with every database and is not ours to manage. updatable_to: the versions
-- this server's scripts can update each one to from its installed version (downgrade scripts are rare).
SELECT x.extname AS extension_name, n.nspname AS schema_name, x.extversion AS version,
       ARRAY(SELECT p.target FROM pg_catalog.pg_extension_update_paths(x.extname) p
             WHERE p.source = x.extversion AND p.path IS NOT NULL ORDER BY 1) AS updatable_to
FROM pg_catalog.pg_extension x
JOIN pg_catalog.pg_namespace n ON n.oid = x.extnamespace
WHERE x.extname <> 'plpgsql'
ORDER BY 1
