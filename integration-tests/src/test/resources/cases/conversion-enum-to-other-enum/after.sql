-- Tests: columns moved from one enum type to another that has every label they hold (PostgreSQL has no cast between two enums: the conversion goes through text), one with a default and NOT NULL
CREATE TYPE status_v1 AS ENUM ('new', 'done');
CREATE TYPE "Status V2" AS ENUM ('new', 'active', 'done');
CREATE TABLE tasks (id bigint PRIMARY KEY, status "Status V2" NOT NULL DEFAULT 'new', prev "Status V2");
