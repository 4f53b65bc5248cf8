CREATE TABLE currencies (id int, code char(3) PRIMARY KEY);
CREATE TABLE prices (id bigint PRIMARY KEY, currency_id int, currency char(3) REFERENCES currencies (code));
