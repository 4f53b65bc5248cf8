-- Tests: remove ownership (OWNED BY NONE) from a sequence in schema billing; the sequence and its use as a default stay.
CREATE SCHEMA billing;
CREATE SEQUENCE billing.receipt_no_seq;

CREATE TABLE billing.receipts (
    receipt_no bigint NOT NULL DEFAULT nextval('billing.receipt_no_seq'),
    amount numeric(10,2) NOT NULL
);
