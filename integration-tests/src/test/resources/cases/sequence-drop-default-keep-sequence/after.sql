-- Tests: remove a DEFAULT nextval('ref_seq') from a column while the sequence itself stays.
CREATE SEQUENCE ref_seq;

CREATE TABLE payments (
    id integer PRIMARY KEY,
    reference bigint
);
