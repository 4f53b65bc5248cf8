-- Tests: add an exclusion constraint (no two bookings of a room overlap), with a comment
CREATE EXTENSION btree_gist;
CREATE TABLE bookings (id bigint PRIMARY KEY, room int NOT NULL, during tstzrange NOT NULL,
    CONSTRAINT "no double booking" EXCLUDE USING gist (room WITH =, during WITH &&));
COMMENT ON CONSTRAINT "no double booking" ON bookings IS 'one booking per room at a time';
