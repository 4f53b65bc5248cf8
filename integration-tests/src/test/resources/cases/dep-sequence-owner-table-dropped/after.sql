CREATE SEQUENCE invoice_no;
CREATE TABLE invoices (no bigint PRIMARY KEY DEFAULT nextval('invoice_no'), total int);
ALTER SEQUENCE invoice_no OWNED BY invoices.no;
