-- Tests: a serial primary key that a foreign key references becomes bigserial through a shadow column: the sequence keeps its values and goes over to the new column in the swap (OWNED BY), which gets its default; the sequence's own type changes on its own
CREATE TABLE events (id serial PRIMARY KEY, kind text NOT NULL);
CREATE TABLE event_tags (event_id int NOT NULL REFERENCES events (id), tag text NOT NULL);
