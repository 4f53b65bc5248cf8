-- Tests: change type modifiers: varchar(20) -> varchar(50), numeric(10,2) -> numeric(14,4), timestamptz -> timestamptz(3).
CREATE TABLE invoices (
    id integer PRIMARY KEY,
    code varchar(50) NOT NULL,
    amount numeric(14,4),
    issued_at timestamptz(3)
);
