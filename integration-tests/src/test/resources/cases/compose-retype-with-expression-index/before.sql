CREATE TABLE readings (id bigint PRIMARY KEY, value int NOT NULL);
