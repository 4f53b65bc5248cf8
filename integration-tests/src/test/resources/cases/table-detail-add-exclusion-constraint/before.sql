CREATE EXTENSION btree_gist;
CREATE TABLE bookings (id bigint PRIMARY KEY, room int NOT NULL, during tstzrange NOT NULL);
