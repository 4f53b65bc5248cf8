CREATE SEQUENCE ref_seq;

CREATE TABLE payments (
    id integer PRIMARY KEY,
    reference bigint DEFAULT nextval('ref_seq')
);
