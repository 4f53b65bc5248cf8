-- Tests: a column is retyped while the same edit adds an expression index on it, which a shadow column cannot take over: the type change is planned in place, flagged, and still round-trips
CREATE TABLE readings (id bigint PRIMARY KEY, value bigint NOT NULL);
CREATE INDEX readings_abs ON readings ((abs(value)));
