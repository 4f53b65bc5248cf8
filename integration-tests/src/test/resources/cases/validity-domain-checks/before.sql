CREATE DOMAIN positive_int AS int CONSTRAINT positive_int_check CHECK (VALUE > 0);
ALTER DOMAIN positive_int ADD CONSTRAINT positive_int_small CHECK (VALUE < 1000) NOT VALID;
CREATE DOMAIN "Short Text" AS text CONSTRAINT "Short" CHECK (length(VALUE) < 50);
CREATE TABLE items (id int PRIMARY KEY, quantity positive_int, label "Short Text");
