-- Tests: a unique key referenced by a foreign key is replaced by one on other columns of the same name
CREATE TABLE rooms (id bigint PRIMARY KEY, building text NOT NULL, name text NOT NULL, code text NOT NULL,
    CONSTRAINT rooms_key UNIQUE (code));
CREATE TABLE bookings (id bigint PRIMARY KEY, room_code text REFERENCES rooms (code), building text, room text);
