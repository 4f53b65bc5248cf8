-- Tests: COMMENT ON SEQUENCE: add a comment to a standalone sequence, change one, and add one to the implicit sequence of a serial column (jobs_id_seq).
CREATE SEQUENCE invoice_no_seq START WITH 1000;
CREATE SEQUENCE batch_seq;
COMMENT ON SEQUENCE invoice_no_seq IS 'Gapless invoice numbers are not guaranteed.';
COMMENT ON SEQUENCE batch_seq IS 'Batch numbers, one per nightly run.';

CREATE TABLE jobs (
    id serial PRIMARY KEY,
    name text NOT NULL
);
COMMENT ON SEQUENCE jobs_id_seq IS 'Created by serial for jobs.id.';
