CREATE TABLE deposits (
    id integer PRIMARY KEY,
    amount numeric(12,2) NOT NULL,
    CONSTRAINT positive_amount CHECK (amount > 0)
);

CREATE TABLE withdrawals (
    id integer PRIMARY KEY,
    amount numeric(12,2) NOT NULL,
    CONSTRAINT positive_amount CHECK (amount > 0)
);
