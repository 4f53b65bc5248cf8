CREATE SEQUENCE int_to_big_seq AS integer;
CREATE SEQUENCE big_to_small_seq AS bigint;
CREATE SEQUENCE small_to_int_seq AS smallint;
CREATE SEQUENCE explicit_max_seq AS integer MAXVALUE 1000;
