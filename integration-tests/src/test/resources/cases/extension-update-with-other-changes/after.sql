-- Tests: an extension update next to reversible changes of the same run (a new column, a new table): the other downs still run, the extension's refuses
CREATE EXTENSION cube VERSION '1.5';
CREATE TABLE points (id bigint PRIMARY KEY, p cube, label text);
CREATE TABLE boxes (id bigint PRIMARY KEY, b cube NOT NULL);
