-- Tests: comments on an enum, a domain and a composite type come, change and go; a commented enum is replaced
CREATE TYPE status AS ENUM ('new', 'old', 'gone');
CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');
CREATE TYPE point2 AS (x int, y int);
COMMENT ON TYPE status IS 'Lifecycle';
COMMENT ON DOMAIN email IS 'An address';
CREATE TABLE things (id bigint PRIMARY KEY, s status, e email, p point2);
