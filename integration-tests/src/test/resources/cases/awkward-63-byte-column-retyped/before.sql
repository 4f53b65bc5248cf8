-- Tests: a column whose name has PostgreSQL's full 63 bytes, retyped through a shadow column (whose name, cut to 63
-- bytes, must not be the column's own), with an index on it; and a second one of the same length beside it.
CREATE TABLE orders (id bigint PRIMARY KEY, amount_in_the_smallest_unit_of_the_currency_the_order_was_placed integer, amount_in_the_smallest_unit_of_the_currency_the_order_was_placx integer);
CREATE INDEX orders_amount ON orders (amount_in_the_smallest_unit_of_the_currency_the_order_was_placed);
