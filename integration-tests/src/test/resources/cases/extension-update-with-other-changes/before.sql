CREATE EXTENSION cube VERSION '1.2';
CREATE TABLE points (id bigint PRIMARY KEY, p cube);
