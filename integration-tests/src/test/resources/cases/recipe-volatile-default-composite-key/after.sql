CREATE TABLE pairs (a int, "B" text, made timestamptz NOT NULL DEFAULT clock_timestamp(), PRIMARY KEY (a, "B"));
