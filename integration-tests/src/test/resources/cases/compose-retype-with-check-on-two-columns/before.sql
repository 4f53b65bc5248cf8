CREATE TABLE ranges (id bigint PRIMARY KEY, lo int NOT NULL, hi int NOT NULL);
