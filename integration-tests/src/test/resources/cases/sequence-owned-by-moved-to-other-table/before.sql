CREATE SEQUENCE shared_no_seq;

CREATE TABLE old_numbers (
    n bigint DEFAULT nextval('shared_no_seq')
);

CREATE TABLE new_numbers (
    n bigint DEFAULT nextval('shared_no_seq')
);
ALTER SEQUENCE shared_no_seq OWNED BY old_numbers.n;
