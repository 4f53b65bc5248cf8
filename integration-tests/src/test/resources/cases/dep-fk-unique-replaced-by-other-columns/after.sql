CREATE TABLE rooms (id bigint PRIMARY KEY, building text NOT NULL, name text NOT NULL, code text NOT NULL,
    CONSTRAINT rooms_key UNIQUE (building, name));
CREATE TABLE bookings (id bigint PRIMARY KEY, room_code text, building text, room text,
    FOREIGN KEY (building, room) REFERENCES rooms (building, name));
