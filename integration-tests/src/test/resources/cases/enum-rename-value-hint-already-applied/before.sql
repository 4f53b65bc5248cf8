-- Tests: a hint that was applied by an earlier run is ignored; only the new column is migrated
CREATE TYPE mood AS ENUM ('happy', 'unhappy');
CREATE TABLE diary (id bigint PRIMARY KEY, feeling mood);
