-- Tests: aggregates (CREATE AGGREGATE) created after the state and final functions they use and before the view that calls them, with an initial condition, a comment, awkward names in a quoted schema, and a plain one on built-in functions
CREATE SCHEMA "Stats";
CREATE TABLE orders (id bigint PRIMARY KEY, total numeric NOT NULL);
