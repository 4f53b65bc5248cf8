CREATE SCHEMA billing;
CREATE SEQUENCE billing.receipt_no_seq;

CREATE TABLE billing.receipts (
    receipt_no bigint NOT NULL DEFAULT nextval('billing.receipt_no_seq'),
    amount numeric(10,2) NOT NULL
);
ALTER SEQUENCE billing.receipt_no_seq OWNED BY billing.receipts.receipt_no;
