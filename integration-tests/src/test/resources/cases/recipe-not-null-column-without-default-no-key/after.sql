CREATE TABLE n (a int, b text NOT NULL);
