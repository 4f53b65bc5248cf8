-- Tests: create one sequence used by the defaults of columns in two different tables.
CREATE SEQUENCE document_no_seq;

CREATE TABLE invoices (
    id integer PRIMARY KEY,
    doc_no bigint DEFAULT nextval('document_no_seq')
);

CREATE TABLE credit_notes (
    id integer PRIMARY KEY,
    doc_no bigint DEFAULT nextval('document_no_seq')
);
