-- Tests: create btree_gist and add a GiST index mixing a scalar column (needs btree_gist's gist_int4_ops) and a range column.
CREATE EXTENSION btree_gist;

CREATE TABLE room_bookings (
    id integer PRIMARY KEY,
    room_id integer NOT NULL,
    during tstzrange NOT NULL
);
CREATE INDEX room_bookings_room_during_idx ON room_bookings USING gist (room_id, during);
