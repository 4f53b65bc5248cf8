-- Tests: drop one overload of a function and a procedure; the other overload stays
CREATE FUNCTION double_it(x bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT x * 2';
