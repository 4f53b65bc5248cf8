CREATE TABLE orders (
    id bigint PRIMARY KEY,
    city text NOT NULL,
    zip text NOT NULL,
    placed date NOT NULL
);
