CREATE TABLE countries (id bigint PRIMARY KEY, code char(2) NOT NULL UNIQUE);
CREATE TABLE cities (id bigint PRIMARY KEY, country_code char(2) NOT NULL REFERENCES countries (code));
