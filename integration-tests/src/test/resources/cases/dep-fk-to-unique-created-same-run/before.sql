-- Tests: a foreign key is added to a unique constraint created in the same run; the key must come first
CREATE TABLE countries (id bigint PRIMARY KEY, code char(2) NOT NULL);
CREATE TABLE cities (id bigint PRIMARY KEY, country_code char(2) NOT NULL);
