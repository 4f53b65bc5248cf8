CREATE TABLE prices (id bigint PRIMARY KEY, amount numeric NOT NULL);
