-- Tests: add FKs across two non-public schemas (one to the PK with ON DELETE SET NULL, one to a unique constraint).
CREATE SCHEMA crm;
CREATE SCHEMA billing;

CREATE TABLE crm.accounts (
    id integer PRIMARY KEY,
    account_no varchar(20) NOT NULL UNIQUE
);

CREATE TABLE billing.charges (
    id integer PRIMARY KEY,
    account_no varchar(20) NOT NULL,
    account_id integer,
    CONSTRAINT charges_account_id_fk FOREIGN KEY (account_id) REFERENCES crm.accounts (id) ON DELETE SET NULL,
    CONSTRAINT charges_account_no_fk FOREIGN KEY (account_no) REFERENCES crm.accounts (account_no) ON UPDATE CASCADE
);
