-- Tests: attributes are appended and one changes type in place on a type no column uses; comments change
CREATE TYPE address AS (street text, city varchar(40));
COMMENT ON TYPE address IS 'Postal address';
