-- migrations:using public.events."At" to_timestamp("At")
-- migrations:using-down public.events."At" extract(epoch FROM "At")::bigint
CREATE TABLE events (id bigint PRIMARY KEY, "At" timestamptz NOT NULL, note text);
