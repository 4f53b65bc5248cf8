-- Tests: domain checks keep their validity: a NOT VALID check of a domain is validated (ALTER DOMAIN … VALIDATE CONSTRAINT), a valid one becomes NOT VALID, a new domain's NOT VALID check is added after CREATE DOMAIN, which cannot hold it
CREATE DOMAIN positive_int AS int CONSTRAINT positive_int_check CHECK (VALUE > 0);
ALTER DOMAIN positive_int ADD CONSTRAINT positive_int_small CHECK (VALUE < 1000);
CREATE DOMAIN "Short Text" AS text CONSTRAINT "Short" CHECK (length(VALUE) < 50);
ALTER DOMAIN "Short Text" DROP CONSTRAINT "Short";
ALTER DOMAIN "Short Text" ADD CONSTRAINT "Short" CHECK (length(VALUE) < 50) NOT VALID;
CREATE DOMAIN percent AS numeric CONSTRAINT percent_low CHECK (VALUE >= 0);
ALTER DOMAIN percent ADD CONSTRAINT percent_high CHECK (VALUE <= 100) NOT VALID;
CREATE TABLE items (id int PRIMARY KEY, quantity positive_int, label "Short Text", discount percent);
