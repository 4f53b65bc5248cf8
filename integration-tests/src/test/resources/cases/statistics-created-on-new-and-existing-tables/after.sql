-- Tests: extended statistics created on an existing table (with a statistics target) and on a new table (on an expression and a column), after the table; the down drops them first.
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    city text NOT NULL,
    zip text NOT NULL,
    placed date NOT NULL
);
CREATE STATISTICS orders_city_zip (dependencies, ndistinct) ON city, zip FROM orders;
ALTER STATISTICS orders_city_zip SET STATISTICS 500;
CREATE TABLE items (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    qty integer NOT NULL
);
CREATE STATISTICS items_name_qty ON (lower(name)), qty FROM items;
