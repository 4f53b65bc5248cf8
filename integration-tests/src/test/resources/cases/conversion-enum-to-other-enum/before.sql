CREATE TYPE status_v1 AS ENUM ('new', 'done');
CREATE TYPE "Status V2" AS ENUM ('new', 'active', 'done');
CREATE TABLE tasks (id bigint PRIMARY KEY, status status_v1 NOT NULL DEFAULT 'new', prev status_v1);
