-- Tests: one table becomes UNLOGGED, another LOGGED
CREATE UNLOGGED TABLE cache_entries (key text PRIMARY KEY, value jsonb);
CREATE TABLE import_rows (id bigint PRIMARY KEY, payload text);
