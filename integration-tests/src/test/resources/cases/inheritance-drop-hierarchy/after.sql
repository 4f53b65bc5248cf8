CREATE TABLE garages (id integer PRIMARY KEY);
