CREATE TABLE room_bookings (
    id integer PRIMARY KEY,
    room_id integer NOT NULL,
    booking_date date NOT NULL,
    slot smallint NOT NULL,
    email text
);
