CREATE TABLE people (id bigint PRIMARY KEY, first_name text, last_name text);
CREATE VIEW names AS SELECT id, first_name, last_name FROM people;
CREATE VIEW name_count AS SELECT count(*) AS n FROM names;
