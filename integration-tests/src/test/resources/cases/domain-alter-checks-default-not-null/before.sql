CREATE DOMAIN quantity AS integer DEFAULT 1 CONSTRAINT quantity_positive CHECK (VALUE > 0) CONSTRAINT quantity_small CHECK (VALUE < 100);
CREATE DOMAIN label AS varchar(40) NOT NULL;
CREATE TABLE lines (id bigint PRIMARY KEY, qty quantity, tag label);
