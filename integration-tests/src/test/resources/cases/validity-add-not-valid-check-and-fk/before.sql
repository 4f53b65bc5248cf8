CREATE TABLE customers (id bigint PRIMARY KEY, email text);
CREATE TABLE "Order Lines" (id bigint PRIMARY KEY, "Customer Id" bigint, quantity int, price numeric(10,2));
