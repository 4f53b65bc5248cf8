-- Tests: before uses serial, after spells out the same thing (sequence AS integer, NOT NULL, nextval default, OWNED BY); the catalogs are identical, so the diff must be empty.
CREATE TABLE tickets (
    id serial PRIMARY KEY,
    subject text NOT NULL
);
