-- Tests: owners changed on existing objects of several kinds: from one role to another, from the loading role to a role (its down gives it back with OWNER TO CURRENT_USER), and an owner that stays
CREATE SCHEMA billing AUTHORIZATION dovetail_owner_a;
CREATE TABLE billing.invoice (id bigint PRIMARY KEY, amount numeric);
ALTER TABLE billing.invoice OWNER TO dovetail_owner_a;
CREATE TABLE plain (id bigint PRIMARY KEY, note text);
CREATE VIEW billing.big AS SELECT id FROM billing.invoice WHERE amount > 100;
ALTER VIEW billing.big OWNER TO dovetail_owner_a;
CREATE SEQUENCE billing.ref_no;
ALTER SEQUENCE billing.ref_no OWNER TO dovetail_owner_a;
CREATE FUNCTION billing.tax(a numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT a * 0.2';
ALTER FUNCTION billing.tax(numeric) OWNER TO dovetail_owner_b;
CREATE TYPE billing.status AS ENUM ('open', 'paid');
ALTER TYPE billing.status OWNER TO dovetail_owner_a;
CREATE TABLE stays (id integer);
ALTER TABLE stays OWNER TO dovetail_owner_b;
