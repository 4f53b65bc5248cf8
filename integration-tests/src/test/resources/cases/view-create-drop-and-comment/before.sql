-- Tests: a view goes, two come (one reading the other), comments on a view and its column
CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL, active boolean NOT NULL DEFAULT true);
CREATE VIEW old_names AS SELECT name FROM customers;
