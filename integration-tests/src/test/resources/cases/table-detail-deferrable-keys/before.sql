-- Tests: a unique and a primary key become deferrable, a foreign key becomes initially deferred
CREATE TABLE slots (id int PRIMARY KEY, pos int UNIQUE);
CREATE TABLE bookings (id int PRIMARY KEY, slot int REFERENCES slots (id) DEFERRABLE);
