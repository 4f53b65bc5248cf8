-- Tests: REPLICA IDENTITY FULL, NOTHING and DEFAULT set, changed and reset both ways, on a new table and a dropped one, awkward names
CREATE TABLE plain (id bigint PRIMARY KEY, note text);
CREATE TABLE audited (id bigint PRIMARY KEY, note text);
ALTER TABLE audited REPLICA IDENTITY FULL;
CREATE TABLE quiet (id bigint, note text);
ALTER TABLE quiet REPLICA IDENTITY NOTHING;
CREATE TABLE "Odd ""Table""" (id bigint);
ALTER TABLE "Odd ""Table""" REPLICA IDENTITY FULL;
CREATE TABLE leaving (id bigint);
ALTER TABLE leaving REPLICA IDENTITY NOTHING;
