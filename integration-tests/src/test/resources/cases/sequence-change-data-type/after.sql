-- Tests: change AS type: integer -> bigint, bigint -> smallint, smallint -> integer (type-default bounds follow the type), and integer -> bigint with an explicit MAXVALUE 1000 kept.
CREATE SEQUENCE int_to_big_seq AS bigint;
CREATE SEQUENCE big_to_small_seq AS smallint;
CREATE SEQUENCE small_to_int_seq AS integer;
CREATE SEQUENCE explicit_max_seq AS bigint MAXVALUE 1000;
