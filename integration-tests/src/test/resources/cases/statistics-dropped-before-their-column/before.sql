CREATE TABLE people (
    id bigint PRIMARY KEY,
    country text NOT NULL,
    region text,
    language text
);
CREATE STATISTICS people_country_region (mcv) ON country, region FROM people;
CREATE STATISTICS people_country_language (ndistinct) ON country, language FROM people;
CREATE TABLE visits (id bigint PRIMARY KEY, a int, b int);
CREATE STATISTICS visits_a_b ON a, b FROM visits;
