-- Recipe: add primary key on an existing table
-- As for a unique constraint: the index is built concurrently, then the primary key takes it over. Its columns are NOT NULL already, so nothing is scanned.
CREATE TABLE events (id bigint NOT NULL, payload text);
