-- Tests: NOT VALID foreign keys taken off and put back around the unique keys they reference (rebuilt) come back NOT VALID; a NOT VALID check on a retyped column stays NOT VALID; a valid one beside it stays valid
CREATE TABLE countries (id int, code text, iso int,
  CONSTRAINT countries_pk PRIMARY KEY (id) INCLUDE (code), CONSTRAINT countries_code UNIQUE (code) INCLUDE (iso));
CREATE TABLE cities (id int PRIMARY KEY, country int, code text, population bigint);
ALTER TABLE cities ADD CONSTRAINT cities_country_fkey FOREIGN KEY (country) REFERENCES countries (id) NOT VALID;
ALTER TABLE cities ADD CONSTRAINT cities_code_fkey FOREIGN KEY (code) REFERENCES countries (code) NOT VALID;
ALTER TABLE cities ADD CONSTRAINT cities_population_positive CHECK (population > 0) NOT VALID;
ALTER TABLE cities ADD CONSTRAINT cities_population_known CHECK (population IS NOT NULL);
