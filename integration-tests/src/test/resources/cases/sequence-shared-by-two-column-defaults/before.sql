CREATE TABLE invoices (
    id integer PRIMARY KEY,
    doc_no bigint
);

CREATE TABLE credit_notes (
    id integer PRIMARY KEY,
    doc_no bigint
);
