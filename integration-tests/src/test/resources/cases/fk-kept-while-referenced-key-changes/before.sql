-- Tests: foreign keys stay while the unique key, primary key or unique index they rely on is dropped and created again
CREATE TABLE countries (id int CONSTRAINT countries_pk PRIMARY KEY, code text CONSTRAINT countries_code UNIQUE, iso int);
CREATE UNIQUE INDEX countries_iso ON countries (iso);
CREATE TABLE cities (id int PRIMARY KEY, country int REFERENCES countries (id), code text REFERENCES countries (code),
  iso int REFERENCES countries (iso));
