-- Tests: before uses serial, after spells out the same thing (sequence AS integer, NOT NULL, nextval default, OWNED BY); the catalogs are identical, so the diff must be empty.
CREATE SEQUENCE tickets_id_seq AS integer;

CREATE TABLE tickets (
    id integer NOT NULL DEFAULT nextval('tickets_id_seq') PRIMARY KEY,
    subject text NOT NULL
);
ALTER SEQUENCE tickets_id_seq OWNED BY tickets.id;
