CREATE TABLE prices (
    product_id integer NOT NULL,
    valid_from date NOT NULL,
    amount numeric(10,2) NOT NULL,
    currency char(3) NOT NULL,
    PRIMARY KEY (product_id, valid_from)
);
CREATE INDEX prices_valid_from_idx ON prices (valid_from);
