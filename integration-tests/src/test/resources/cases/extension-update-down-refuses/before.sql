CREATE EXTENSION hstore VERSION '1.4';
CREATE TABLE settings (id bigint PRIMARY KEY, attrs hstore);
