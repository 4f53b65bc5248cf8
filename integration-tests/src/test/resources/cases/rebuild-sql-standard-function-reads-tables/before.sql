CREATE TABLE zz_old (id bigint PRIMARY KEY);
CREATE FUNCTION a_old_count() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT count(*) FROM zz_old);
