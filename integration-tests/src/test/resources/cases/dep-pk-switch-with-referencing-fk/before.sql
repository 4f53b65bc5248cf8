-- Tests: the primary key moves to a code column, the old key column becomes nullable, and the fk follows
CREATE TABLE currencies (id int PRIMARY KEY, code char(3) NOT NULL);
CREATE TABLE prices (id bigint PRIMARY KEY, currency_id int REFERENCES currencies (id), currency char(3));
