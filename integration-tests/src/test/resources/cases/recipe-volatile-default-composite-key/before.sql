CREATE TABLE pairs (a int, "B" text, PRIMARY KEY (a, "B"));
