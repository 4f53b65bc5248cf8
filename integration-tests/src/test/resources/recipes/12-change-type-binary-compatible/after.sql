CREATE TABLE customers (id bigint PRIMARY KEY, email varchar(320));
