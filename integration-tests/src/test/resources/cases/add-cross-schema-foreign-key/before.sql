CREATE SCHEMA crm;
CREATE SCHEMA billing;

CREATE TABLE crm.accounts (
    id integer PRIMARY KEY,
    account_no varchar(20) NOT NULL UNIQUE
);

CREATE TABLE billing.charges (
    id integer PRIMARY KEY,
    account_no varchar(20) NOT NULL,
    account_id integer
);
