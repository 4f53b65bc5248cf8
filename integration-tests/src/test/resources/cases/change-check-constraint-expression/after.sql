-- Tests: change check expressions keeping the names (unnamed column-level products_price_check, named table-level).
CREATE TABLE products (
    id integer PRIMARY KEY,
    price numeric(10,2) NOT NULL CHECK (price >= 0),
    discount numeric(5,2) NOT NULL DEFAULT 0,
    CONSTRAINT products_discount_range CHECK (discount >= 0 AND discount < price)
);
