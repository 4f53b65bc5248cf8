-- Tests: an extension updated to a newer version (UPDATE TO); its scripts have no path back, so the down refuses on purpose with a message and the up is flagged IRREVERSIBLE
CREATE EXTENSION hstore VERSION '1.8';
CREATE TABLE settings (id bigint PRIMARY KEY, attrs hstore);
