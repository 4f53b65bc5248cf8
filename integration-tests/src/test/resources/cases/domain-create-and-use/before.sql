CREATE TABLE products (id bigint PRIMARY KEY, price numeric(10,2));
