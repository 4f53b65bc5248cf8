CREATE TABLE countries (id int, code text, iso int,
  CONSTRAINT countries_pk PRIMARY KEY (id) INCLUDE (code), CONSTRAINT countries_code UNIQUE (code) INCLUDE (iso));
CREATE UNIQUE INDEX countries_iso ON countries (iso DESC);
CREATE TABLE cities (id int PRIMARY KEY, country int REFERENCES countries (id), code text REFERENCES countries (code),
  iso int REFERENCES countries (iso));
