-- Tests: a sequence's owner moves to another table while the old owner table is dropped
CREATE SEQUENCE invoice_no;
CREATE TABLE old_invoices (no bigint PRIMARY KEY DEFAULT nextval('invoice_no'));
ALTER SEQUENCE invoice_no OWNED BY old_invoices.no;
