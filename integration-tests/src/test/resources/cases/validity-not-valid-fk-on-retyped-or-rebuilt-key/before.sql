CREATE TABLE countries (id int CONSTRAINT countries_pk PRIMARY KEY, code text CONSTRAINT countries_code UNIQUE, iso int);
CREATE TABLE cities (id int PRIMARY KEY, country int, code text, population int);
ALTER TABLE cities ADD CONSTRAINT cities_country_fkey FOREIGN KEY (country) REFERENCES countries (id) NOT VALID;
ALTER TABLE cities ADD CONSTRAINT cities_code_fkey FOREIGN KEY (code) REFERENCES countries (code) NOT VALID;
ALTER TABLE cities ADD CONSTRAINT cities_population_positive CHECK (population > 0) NOT VALID;
ALTER TABLE cities ADD CONSTRAINT cities_population_known CHECK (population IS NOT NULL);
