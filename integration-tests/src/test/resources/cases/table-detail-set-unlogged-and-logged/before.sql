CREATE TABLE cache_entries (key text PRIMARY KEY, value jsonb);
CREATE UNLOGGED TABLE import_rows (id bigint PRIMARY KEY, payload text);
