-- Installed extensions; plpgsql comes with every database and is not ours to manage.
SELECT x.extname AS extension_name, n.nspname AS schema_name, x.extversion AS version
FROM pg_catalog.pg_extension x
JOIN pg_catalog.pg_namespace n ON n.oid = x.extnamespace
WHERE x.extname <> 'plpgsql'
ORDER BY 1
