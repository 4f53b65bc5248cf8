CREATE TABLE events (id bigserial PRIMARY KEY, kind text NOT NULL);
CREATE TABLE event_tags (event_id int NOT NULL REFERENCES events (id), tag text NOT NULL);
