CREATE TABLE events (id bigint PRIMARY KEY, counter bigint NOT NULL DEFAULT 0);
