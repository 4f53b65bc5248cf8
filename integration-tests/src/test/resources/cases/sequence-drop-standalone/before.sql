CREATE SEQUENCE legacy_batch_seq START WITH 500 INCREMENT BY 2 CACHE 10;
CREATE SEQUENCE keep_me_seq;

CREATE TABLE batches (
    id integer PRIMARY KEY,
    batch_no integer
);
