-- Tests: enabling and forcing row-level security together with new permissive, restrictive and command-specific policies for several roles, on an existing and on a new table (policies first, then enable)
CREATE TABLE documents (id bigint PRIMARY KEY, owner name NOT NULL, tenant int NOT NULL, archived boolean NOT NULL DEFAULT false, body text);
