-- Tests: create standalone sequences: one with all defaults, one with every option set, one descending (INCREMENT BY -1).
CREATE SEQUENCE invoice_number_seq;
CREATE SEQUENCE ticket_seq AS integer INCREMENT BY 5 MINVALUE 1000 MAXVALUE 999999 START WITH 1000 CACHE 20 CYCLE;
CREATE SEQUENCE countdown_seq INCREMENT BY -1;

CREATE TABLE invoices (
    id integer PRIMARY KEY,
    number bigint
);
