-- Tests: add a named multi-column unique constraint and a default-named single-column unique constraint.
CREATE TABLE room_bookings (
    id integer PRIMARY KEY,
    room_id integer NOT NULL,
    booking_date date NOT NULL,
    slot smallint NOT NULL,
    email text UNIQUE,
    CONSTRAINT room_bookings_room_date_slot_uq UNIQUE (room_id, booking_date, slot)
);
