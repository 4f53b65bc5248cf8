CREATE TABLE invoices (
    id integer PRIMARY KEY,
    code varchar(20) NOT NULL,
    amount numeric(10,2),
    issued_at timestamptz
);
