CREATE SEQUENCE invoice_no_seq START WITH 1000;
CREATE SEQUENCE batch_seq;
COMMENT ON SEQUENCE batch_seq IS 'Batch numbers.';

CREATE TABLE jobs (
    id serial PRIMARY KEY,
    name text NOT NULL
);
