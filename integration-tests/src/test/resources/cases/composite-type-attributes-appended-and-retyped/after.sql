CREATE TYPE address AS (street text, city varchar(80), zip text, country char(2));
COMMENT ON TYPE address IS 'A postal address';
COMMENT ON COLUMN address.zip IS 'Postal code';
COMMENT ON COLUMN address.street IS 'Street and number';
