-- Tests: a domain drops a check, changes another, adds one, loses its default and gains NOT NULL; another
-- domain gains a default and loses NOT NULL
CREATE DOMAIN quantity AS integer NOT NULL CONSTRAINT quantity_positive CHECK (VALUE >= 0) CONSTRAINT quantity_even CHECK (VALUE % 2 = 0);
CREATE DOMAIN label AS varchar(40) DEFAULT 'none';
CREATE TABLE lines (id bigint PRIMARY KEY, qty quantity, tag label);
