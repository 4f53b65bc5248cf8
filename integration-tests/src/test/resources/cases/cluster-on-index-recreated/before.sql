-- Tests: a clustered index dropped and created again (definition changed), a clustered primary key rebuilt, a clustered index and a replica identity index on a retyped column: each stays clustered
CREATE TABLE shipments (id bigint PRIMARY KEY, sent date, region text);
CREATE INDEX shipments_sent ON shipments (sent);
ALTER TABLE shipments CLUSTER ON shipments_sent;
CREATE TABLE codes (code int NOT NULL, label text, CONSTRAINT codes_pkey PRIMARY KEY (code));
ALTER TABLE codes CLUSTER ON codes_pkey;
CREATE TABLE readings (id bigint, level int, tag int NOT NULL);
CREATE INDEX readings_level ON readings (level);
ALTER TABLE readings CLUSTER ON readings_level;
CREATE UNIQUE INDEX readings_tag ON readings (tag);
ALTER TABLE readings REPLICA IDENTITY USING INDEX readings_tag;
