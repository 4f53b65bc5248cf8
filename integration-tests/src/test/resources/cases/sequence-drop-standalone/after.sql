-- Tests: drop a standalone sequence (with non-default options) that nothing uses; another sequence stays untouched.
CREATE SEQUENCE keep_me_seq;

CREATE TABLE batches (
    id integer PRIMARY KEY,
    batch_no integer
);
