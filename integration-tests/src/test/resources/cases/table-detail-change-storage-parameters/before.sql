CREATE TABLE orders (id bigint PRIMARY KEY, total numeric) WITH (fillfactor = 90, autovacuum_vacuum_scale_factor = 0.2);
CREATE TABLE logs (id bigint PRIMARY KEY) WITH (autovacuum_enabled = false);
CREATE TABLE plain (id bigint PRIMARY KEY);
