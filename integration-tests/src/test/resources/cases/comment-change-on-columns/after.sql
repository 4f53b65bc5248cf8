-- Tests: change the text of one column comment, keep another unchanged, and remove a third (COMMENT ON COLUMN).
CREATE TABLE products (
    id integer PRIMARY KEY,
    sku varchar(20) NOT NULL,
    price numeric(10,2) NOT NULL,
    weight_kg numeric(8,3)
);
COMMENT ON COLUMN products.sku IS 'Stock keeping unit.';
COMMENT ON COLUMN products.price IS 'Gross price in EUR, including VAT.';
