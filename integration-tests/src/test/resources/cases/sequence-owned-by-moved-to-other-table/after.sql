-- Tests: move a sequence's ownership from old_numbers.n to new_numbers.n (both columns keep using it as default).
CREATE SEQUENCE shared_no_seq;

CREATE TABLE old_numbers (
    n bigint DEFAULT nextval('shared_no_seq')
);

CREATE TABLE new_numbers (
    n bigint DEFAULT nextval('shared_no_seq')
);
ALTER SEQUENCE shared_no_seq OWNED BY new_numbers.n;
