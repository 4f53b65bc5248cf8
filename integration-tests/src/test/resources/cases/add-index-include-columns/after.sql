-- Tests: add INCLUDE (covering) columns to an existing index, and create a new unique index with INCLUDE.
CREATE TABLE prices (
    product_id integer NOT NULL,
    valid_from date NOT NULL,
    amount numeric(10,2) NOT NULL,
    currency char(3) NOT NULL,
    PRIMARY KEY (product_id, valid_from)
);
CREATE INDEX prices_valid_from_idx ON prices (valid_from) INCLUDE (amount, currency);
CREATE UNIQUE INDEX prices_product_currency_uidx ON prices (product_id, currency, valid_from) INCLUDE (amount);
